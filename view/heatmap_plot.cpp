#include "view/heatmap_plot.h"

#include "view/heatmap_data.h"
#include "view/plot_style.h"

#include <qcustomplot.h>

namespace streamml::view {

namespace {
constexpr int axesRow = 1;
constexpr int scaleColumn = 1;
constexpr int longLabel = 6;

QCPColorGradient gradientOf(HeatmapData::Palette palette)
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    switch (palette) {
    case HeatmapData::Palette::Diverging:
        gradient.setColorStopAt(0.0, QColor(59, 76, 192));
        gradient.setColorStopAt(0.5, QColor(245, 245, 245));
        gradient.setColorStopAt(1.0, QColor(180, 4, 38));
        break;
    case HeatmapData::Palette::Sequential:
        gradient.setColorStopAt(0.0, QColor(255, 250, 240));
        gradient.setColorStopAt(0.5, QColor(253, 141, 60));
        gradient.setColorStopAt(1.0, QColor(165, 0, 38));
        break;
    case HeatmapData::Palette::Binary:
        gradient.setColorStopAt(0.0, QColor(232, 238, 247));
        gradient.setColorStopAt(1.0, QColor(35, 35, 60));
        gradient.setLevelCount(2);
        break;
    }
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(PlotStyle::missingColour());
    return gradient;
}

std::vector<double> positions(qsizetype count)
{
    std::vector<double> result;
    for (qsizetype i = 0; i < count; ++i)
        result.push_back(double(i));
    return result;
}

bool anyLonger(const QStringList &labels, qsizetype length)
{
    return std::any_of(labels.begin(), labels.end(), [&](const QString &label) { return label.size() > length; });
}
} // namespace

HeatmapPlot::HeatmapPlot(QWidget *parent)
    : QWidget(parent)
    , m_plot(PlotStyle::create(this))
    , m_scale(new QCPColorScale(m_plot))
{
    // The scale stays the height of the axes whatever the labels beside them need.
    auto *margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_scale->setBarWidth(10);
    m_scale->axis()->setTickLabelFont(m_plot->xAxis->tickLabelFont());
    m_scale->axis()->setLabelFont(m_plot->xAxis->labelFont());
    m_scale->setVisible(false);
    connect(m_plot, &QCustomPlot::mousePress, this, &HeatmapPlot::onMousePress);
}

void HeatmapPlot::showScale(bool visible, const QString &title)
{
    // A hidden element would still claim its column, so the scale leaves the layout instead.
    const bool inLayout = m_plot->plotLayout()->hasElement(axesRow, scaleColumn)
                          && m_plot->plotLayout()->element(axesRow, scaleColumn) == m_scale;
    if (visible && !inLayout)
        m_plot->plotLayout()->addElement(axesRow, scaleColumn, m_scale);
    if (!visible && inLayout) {
        m_plot->plotLayout()->take(m_scale);
        m_plot->plotLayout()->simplify();
    }
    m_scale->setVisible(visible);
    m_scale->axis()->setLabel(title);
}

void HeatmapPlot::showMessage(const QString &title, const QString &message)
{
    m_map = nullptr;
    m_highlight = nullptr;
    showScale(false, {});
    PlotStyle::setTitle(*m_plot, title);
    PlotStyle::showMessage(*m_plot, message);
}

void HeatmapPlot::setData(const HeatmapData &heatmap)
{
    if (heatmap.values.size() == 0) {
        showMessage(heatmap.title, tr("Nothing to show"));
        return;
    }
    PlotStyle::clear(*m_plot);
    PlotStyle::setTitle(*m_plot, heatmap.title);
    showScale(!heatmap.scaleTitle.isEmpty(), heatmap.scaleTitle);
    m_map = addMap(heatmap);
    setAxes(heatmap);
    if (heatmap.annotate)
        annotate(heatmap);
    mark(heatmap);
    m_highlight = new QCPItemRect(m_plot);
    m_highlight->setPen(QPen(QColor(20, 90, 200), 2.5));
    m_highlight->setVisible(false);
    m_plot->replot();
}

void HeatmapPlot::highlight(int column, int row)
{
    if (!m_highlight || !m_map)
        return;
    m_highlight->setVisible(column >= 0);
    double x = 0;
    double y = 0;
    m_map->data()->cellToCoord(column, row, &x, &y);
    m_highlight->topLeft->setCoords(x - 0.5, y + 0.5);
    m_highlight->bottomRight->setCoords(x + 0.5, y - 0.5);
    m_plot->replot();
}

QCPColorMap *HeatmapPlot::addMap(const HeatmapData &heatmap)
{
    const auto nx = int(heatmap.values.cols());
    const auto ny = int(heatmap.values.rows());
    auto *map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    map->setName(heatmap.title);
    map->removeFromLegend();
    map->setInterpolate(false);
    map->setTightBoundary(false);
    map->data()->setSize(nx, ny);
    const double xTo = heatmap.xLabels.isEmpty() && nx > 1 ? heatmap.xTo : heatmap.xFrom + nx - 1;
    map->data()->setRange(QCPRange(heatmap.xFrom, xTo), QCPRange(0, ny - 1));
    for (int x = 0; x < nx; ++x)
        for (int y = 0; y < ny; ++y)
            map->data()->setCell(x, y, heatmap.values(y, x));
    if (m_scale->visible())
        map->setColorScale(m_scale);
    map->setGradient(gradientOf(heatmap.palette));
    map->setDataRange(QCPRange(heatmap.low, heatmap.high));
    return map;
}

void HeatmapPlot::setAxes(const HeatmapData &heatmap)
{
    const auto nx = int(heatmap.values.cols());
    const auto ny = int(heatmap.values.rows());
    if (heatmap.xLabels.isEmpty()) {
        const double half = nx > 1 ? (heatmap.xTo - heatmap.xFrom) / double(nx - 1) / 2.0 : 0.5;
        m_plot->xAxis->setRange(heatmap.xFrom - half, (nx > 1 ? heatmap.xTo : heatmap.xFrom) + half);
    } else {
        PlotStyle::setTextTicks(*m_plot->xAxis, positions(nx), heatmap.xLabels);
        m_plot->xAxis->setTickLabelRotation(anyLonger(heatmap.xLabels, longLabel) ? 35 : 0);
        m_plot->xAxis->setRange(heatmap.xFrom - 0.5, heatmap.xFrom + nx - 0.5);
    }
    PlotStyle::setTextTicks(*m_plot->yAxis, positions(ny), heatmap.yLabels);
    m_plot->yAxis->setRange(-0.5, ny - 0.5);
    m_plot->xAxis->setLabel(heatmap.xTitle);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis})
        axis->grid()->setVisible(false);
}

void HeatmapPlot::annotate(const HeatmapData &heatmap)
{
    QFont font = m_plot->xAxis->tickLabelFont();
    font.setPointSizeF(7.5);
    for (Eigen::Index y = 0; y < heatmap.values.rows(); ++y)
        for (Eigen::Index x = 0; x < heatmap.values.cols(); ++x) {
            const double value = heatmap.values(y, x);
            auto *text = new QCPItemText(m_plot);
            text->position->setCoords(heatmap.xFrom + double(x), double(y));
            text->setText(std::isnan(value) ? QStringLiteral("n/a") : QString::number(value, 'f', 2));
            text->setFont(font);
            // Dark cells at either end of the scale get light text.
            const double position = (value - heatmap.low) / (heatmap.high - heatmap.low);
            const bool dark = !std::isnan(value) && (position > 0.8 || (heatmap.palette == HeatmapData::Palette::Diverging && position < 0.2));
            text->setColor(dark ? Qt::white : Qt::black);
        }
}

void HeatmapPlot::mark(const HeatmapData &heatmap)
{
    if (heatmap.marked.empty())
        return;
    auto *marks = m_plot->addGraph();
    marks->setName(heatmap.markLabel);
    marks->setLineStyle(QCPGraph::lsNone);
    marks->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 1.5), QBrush(Qt::white), 7));
    QVector<double> keys, values;
    for (const QPoint &cell : heatmap.marked) {
        keys.append(heatmap.xFrom + cell.x());
        values.append(cell.y());
    }
    marks->setData(keys, values);
    PlotStyle::showLegend(*m_plot, !heatmap.markLabel.isEmpty());
}

void HeatmapPlot::onMousePress(QMouseEvent *event)
{
    if (!m_map || !m_plot->axisRect()->rect().contains(event->position().toPoint()))
        return;
    int column = 0;
    int row = 0;
    m_map->data()->coordToCell(m_plot->xAxis->pixelToCoord(event->position().toPoint().x()), m_plot->yAxis->pixelToCoord(event->position().toPoint().y()),
                               &column, &row);
    if (column >= 0 && row >= 0 && column < m_map->data()->keySize() && row < m_map->data()->valueSize())
        Q_EMIT cellClicked(column, row);
}

} // namespace streamml::view
