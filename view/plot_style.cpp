#include "view/plot_style.h"

#include <QVBoxLayout>
#include <iterator>
#include <qcustomplot.h>

namespace streamml::view {

namespace {
constexpr int titleRow = 0;
constexpr int legendRow = 2;
} // namespace

QCustomPlot *PlotStyle::create(QWidget *host)
{
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *plot = new QCustomPlot(host);
    layout->addWidget(plot);
    plot->setMinimumSize(220, 160);

    QFont tickFont = plot->font();
    tickFont.setPointSizeF(8);
    QFont labelFont = plot->font();
    labelFont.setPointSizeF(8.5);
    for (QCPAxis *axis : plot->axisRect()->axes()) {
        axis->setTickLabelFont(tickFont);
        axis->setLabelFont(labelFont);
        axis->grid()->setPen(QPen(QColor(225, 225, 225), 0, Qt::SolidLine));
    }

    QFont titleFont = plot->font();
    titleFont.setPointSizeF(9.5);
    titleFont.setBold(true);
    plot->plotLayout()->insertRow(titleRow);
    plot->plotLayout()->addElement(titleRow, 0, new QCPTextElement(plot, QString(), titleFont));

    // The legend gets its own row under the axes (see showLegend) so it never covers data.
    plot->axisRect()->insetLayout()->take(plot->legend);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(3);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setFont(tickFont);
    plot->legend->setMargins(QMargins(2, 0, 2, 2));
    plot->legend->setVisible(false);
    return plot;
}

void PlotStyle::setTitle(QCustomPlot &plot, const QString &title)
{
    if (auto *element = qobject_cast<QCPTextElement *>(plot.plotLayout()->element(titleRow, 0)))
        element->setText(title);
}

void PlotStyle::clear(QCustomPlot &plot)
{
    plot.clearPlottables();
    plot.clearItems();
    for (QCPAxis *axis : plot.axisRect()->axes()) {
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setLabel(QString());
        axis->setTickLabelRotation(0);
    }
    for (QCPAxis *axis : {plot.xAxis, plot.yAxis}) {
        axis->setVisible(true);
        axis->grid()->setVisible(true);
    }
    plot.legend->clearItems();
    showLegend(plot, false);
}

void PlotStyle::showMessage(QCustomPlot &plot, const QString &message)
{
    clear(plot);
    auto *text = new QCPItemText(&plot);
    text->position->setType(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(0.5, 0.5);
    text->setText(message);
    text->setColor(QColor(110, 110, 110));
    // Empty axes would suggest a chart with nothing in it rather than no chart.
    for (QCPAxis *axis : {plot.xAxis, plot.yAxis}) {
        axis->setVisible(false);
        axis->grid()->setVisible(false);
    }
    plot.replot();
}

void PlotStyle::setTextTicks(QCPAxis &axis, const std::vector<double> &positions, const QStringList &labels)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->setTicks(QVector<double>(positions.begin(), positions.end()), labels);
    axis.setTicker(ticker);
    axis.grid()->setVisible(false);
}

void PlotStyle::setIntegerTicks(QCPAxis &axis)
{
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    axis.setTicker(ticker);
}

QCPItemStraightLine *PlotStyle::addBatchMarker(QCustomPlot &plot)
{
    auto *marker = new QCPItemStraightLine(&plot);
    marker->setPen(QPen(QColor(160, 160, 160), 1, Qt::DotLine));
    marker->setVisible(false);
    return marker;
}

void PlotStyle::placeBatchMarker(QCPItemStraightLine &marker, qint64 batchId)
{
    marker.point1->setCoords(double(batchId), 0);
    marker.point2->setCoords(double(batchId), 1);
    marker.setVisible(batchId >= 0);
    marker.parentPlot()->replot();
}

void PlotStyle::showLegend(QCustomPlot &plot, bool visible)
{
    // A layout cell limits its column to the smallest maximum width in it, and an empty legend's
    // is a few pixels: a hidden legend leaves the layout instead of squeezing the axes.
    QCPLayoutGrid *layout = plot.plotLayout();
    const bool inLayout = layout->hasElement(legendRow, 0) && layout->element(legendRow, 0) == plot.legend;
    if (visible && !inLayout) {
        layout->addElement(legendRow, 0, plot.legend);
        layout->setRowStretchFactor(legendRow, 0.001);
    }
    if (!visible && inLayout) {
        layout->take(plot.legend);
        layout->simplify();
    }
    plot.legend->setVisible(visible);
}

void PlotStyle::setLegendColumns(QCustomPlot &plot, int columns)
{
    plot.legend->setWrap(columns);
}

QColor PlotStyle::seriesColour(int index)
{
    // Blue and orange stay for reference and batch, red for flags.
    static const QColor colours[] = {{44, 160, 44}, {148, 103, 189}, {140, 86, 75}, {227, 119, 194},
                                     {188, 189, 34}, {23, 190, 207}, {127, 127, 127}, {214, 39, 40}};
    return colours[size_t(index) % std::size(colours)];
}

} // namespace streamml::view
