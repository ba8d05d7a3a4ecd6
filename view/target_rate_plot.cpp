#include "view/target_rate_plot.h"

#include "view/plot_style.h"
#include "view/target_rate.h"

#include <algorithm>
#include <qcustomplot.h>

namespace streamml::view {

namespace {
constexpr int maxLabelLength = 24;

QString elided(const QString &text)
{
    return text.size() <= maxLabelLength ? text : text.left(maxLabelLength - 1) + QChar(0x2026);
}
} // namespace

TargetRatePlot::TargetRatePlot(QWidget *parent)
    : QWidget(parent)
    , m_plot(PlotStyle::create(this))
{
}

void TargetRatePlot::showMessage(const QString &message)
{
    PlotStyle::setTitle(*m_plot, tr("Target by category"));
    PlotStyle::showMessage(*m_plot, message);
}

void TargetRatePlot::setTargetRate(const TargetRate &rate)
{
    if (rate.categories.isEmpty() || rate.series.empty()) {
        showMessage(tr("No rows with both %1 and %2").arg(rate.feature, rate.target));
        return;
    }
    PlotStyle::clear(*m_plot);
    PlotStyle::setTitle(*m_plot, rate.shares ? tr("%1 by %2").arg(rate.target, rate.feature) : tr("Mean %1 by %2").arg(rate.target, rate.feature));
    const auto n = rate.categories.size();
    std::vector<double> keys;
    QStringList labels;
    for (qsizetype i = 0; i < n; ++i) {
        keys.push_back(double(n - i));
        labels.append(tr("%1 (n=%2)").arg(elided(rate.categories.at(i))).arg(rate.rows[size_t(i)]));
    }
    const QVector<double> keyVector(keys.begin(), keys.end());
    std::vector<double> totals(size_t(n), 0.0);
    QCPBars *below = nullptr;
    for (size_t s = 0; s < rate.series.size(); ++s) {
        const TargetRate::Series &series = rate.series[s];
        auto *bars = new QCPBars(m_plot->yAxis, m_plot->xAxis);
        bars->setName(series.label);
        const QColor colour = rate.shares ? PlotStyle::seriesColour(int(s)) : PlotStyle::currentColour();
        bars->setPen(QPen(colour.darker(130), 1));
        bars->setBrush(colour);
        bars->setWidth(0.7);
        bars->setData(keyVector, QVector<double>(series.values.begin(), series.values.end()), true);
        if (below)
            bars->moveAbove(below);
        below = bars;
        for (size_t i = 0; i < totals.size(); ++i)
            totals[i] += std::isnan(series.values[i]) ? 0.0 : series.values[i];
    }
    PlotStyle::setTextTicks(*m_plot->yAxis, keys, labels);
    m_plot->yAxis->setRange(0.4, double(n) + 0.6);
    // Means of a numeric target may be negative; shares start at zero.
    const auto [lowest, highest] = std::minmax_element(totals.begin(), totals.end());
    const double low = std::min(0.0, *lowest) * 1.1;
    const double high = std::max(0.0, *highest) * 1.1;
    m_plot->xAxis->setRange(low, high > low ? high : low + 1.0);
    m_plot->xAxis->setLabel(rate.shares ? tr("share of the category's rows labelled other than \"%1\"").arg(rate.majorityLabel)
                                        : tr("mean of %1").arg(rate.target));
    PlotStyle::showLegend(*m_plot, rate.shares);
    m_plot->replot();
}

} // namespace streamml::view
