#include "view/distribution_plot.h"

#include "view/distribution_comparison.h"
#include "view/plot_style.h"

#include <algorithm>
#include <qcustomplot.h>

namespace streamml::view {

namespace {
constexpr int maxLabelLength = 28;

QCPBars *addBars(QCPAxis *keyAxis, QCPAxis *valueAxis, const QColor &colour, const QString &name)
{
    auto *bars = new QCPBars(keyAxis, valueAxis);
    bars->setName(name);
    bars->setPen(QPen(colour.darker(130), 1));
    QColor fill = colour;
    fill.setAlpha(120);
    bars->setBrush(fill);
    return bars;
}

double highest(const DistributionComparison &c)
{
    double top = 0;
    for (const auto *values : {&c.reference, &c.current})
        for (double v : *values)
            top = std::max(top, v);
    return top > 0 ? top * 1.1 : 1.0;
}

QString elided(const QString &text)
{
    return text.size() <= maxLabelLength ? text : text.left(maxLabelLength - 1) + QChar(0x2026);
}
} // namespace

DistributionPlot::DistributionPlot(QWidget *parent)
    : QWidget(parent)
    , m_plot(PlotStyle::create(this))
    , m_group(new QCPBarsGroup(m_plot))
{
    m_group->setSpacing(1);
    // Legend entries name the reference batches and counts: two per row keeps them whole.
    PlotStyle::setLegendColumns(*m_plot, 2);
}

void DistributionPlot::showMessage(const QString &message)
{
    PlotStyle::setTitle(*m_plot, tr("Distribution"));
    PlotStyle::showMessage(*m_plot, message);
}

QString DistributionPlot::legendText(const QString &label, qint64 values) const
{
    return tr("%1 (%2 values)").arg(label, QLocale().toString(values));
}

void DistributionPlot::setComparison(const DistributionComparison &comparison)
{
    if (comparison.kind == DistributionComparison::Kind::None) {
        showMessage(tr("No values to compare"));
        return;
    }
    PlotStyle::clear(*m_plot);
    PlotStyle::setTitle(*m_plot, tr("%1: %2 vs reference").arg(comparison.column, comparison.currentLabel));
    if (comparison.kind == DistributionComparison::Kind::Categorical)
        drawCategories(comparison);
    else
        drawHistogram(comparison);
    PlotStyle::showLegend(*m_plot, true);
    m_plot->replot();
}

void DistributionPlot::drawHistogram(const DistributionComparison &c)
{
    // Date-time tickers count seconds; time columns hold milliseconds.
    const bool time = c.kind == DistributionComparison::Kind::Time;
    const double scale = time ? 1e-3 : 1.0;
    QVector<double> centres;
    for (size_t i = 0; i + 1 < c.edges.size(); ++i)
        centres.append((c.edges[i] + c.edges[i + 1]) / 2.0 * scale);
    const double width = (c.edges[1] - c.edges[0]) * scale;
    const std::pair<const std::vector<double> *, QCPBars *> series[] = {
        {&c.reference, addBars(m_plot->xAxis, m_plot->yAxis, PlotStyle::referenceColour(), legendText(c.referenceLabel, c.referenceValues))},
        {&c.current, addBars(m_plot->xAxis, m_plot->yAxis, PlotStyle::currentColour(), legendText(c.currentLabel, c.currentValues))}};
    for (const auto &[values, bars] : series) {
        bars->setWidth(width);
        bars->setData(centres, QVector<double>(values->begin(), values->end()), true);
    }
    if (time) {
        QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
        ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
        ticker->setDateTimeSpec(Qt::UTC);
        m_plot->xAxis->setTicker(ticker);
    }
    m_plot->xAxis->setRange(c.edges.front() * scale, c.edges.back() * scale);
    m_plot->xAxis->setLabel(c.column);
    m_plot->yAxis->setRange(0, highest(c));
    m_plot->yAxis->setLabel(tr("share of present values"));
}

void DistributionPlot::drawCategories(const DistributionComparison &c)
{
    // Horizontal bars keep long category names readable; the most frequent category is on top.
    const auto n = c.categories.size();
    std::vector<double> keys;
    QStringList labels;
    for (qsizetype i = 0; i < n; ++i) {
        keys.push_back(double(n - i));
        labels.append(elided(c.categories.at(i)));
    }
    const QVector<double> keyVector(keys.begin(), keys.end());
    QCPBars *reference = addBars(m_plot->yAxis, m_plot->xAxis, PlotStyle::referenceColour(), legendText(c.referenceLabel, c.referenceValues));
    QCPBars *current = addBars(m_plot->yAxis, m_plot->xAxis, PlotStyle::currentColour(), legendText(c.currentLabel, c.currentValues));
    reference->setData(keyVector, QVector<double>(c.reference.begin(), c.reference.end()), true);
    current->setData(keyVector, QVector<double>(c.current.begin(), c.current.end()), true);
    for (QCPBars *bars : {current, reference}) {
        bars->setWidth(0.4);
        bars->setBarsGroup(m_group);
    }
    PlotStyle::setTextTicks(*m_plot->yAxis, keys, labels);
    m_plot->yAxis->setRange(0.4, double(n) + 0.6);
    m_plot->xAxis->setRange(0, highest(c));
    m_plot->xAxis->setLabel(c.hiddenCategories > 0
                                ? tr("share of present values (top %1 of %2 categories)").arg(n).arg(n + c.hiddenCategories)
                                : tr("share of present values"));
}

} // namespace streamml::view
