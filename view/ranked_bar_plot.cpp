#include "view/ranked_bar_plot.h"

#include "view/plot_style.h"

#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace streamml::view {

namespace {
constexpr int maxLabelLength = 34;

QString elided(const QString &text)
{
    return text.size() <= maxLabelLength ? text : text.left(maxLabelLength - 1) + QChar(0x2026);
}
} // namespace

RankedBarPlot::RankedBarPlot(QWidget *parent)
    : QWidget(parent)
    , m_plot(PlotStyle::create(this))
{
    connect(m_plot, &QCustomPlot::mouseMove, this, &RankedBarPlot::onMouseMove);
}

void RankedBarPlot::showMessage(const QString &title, const QString &message)
{
    m_bars = {};
    PlotStyle::setTitle(*m_plot, title);
    PlotStyle::showMessage(*m_plot, message);
}

void RankedBarPlot::setBars(RankedBars bars)
{
    m_bars = std::move(bars);
    PlotStyle::clear(*m_plot);
    PlotStyle::setTitle(*m_plot, m_bars.title);
    if (m_bars.signedColours) {
        addSeries(PlotStyle::raisingColour(), tr("raises the output"), true);
        addSeries(PlotStyle::loweringColour(), tr("lowers the output"), false);
    } else {
        addSeries(PlotStyle::referenceColour(), m_bars.valueTitle, true);
    }
    std::vector<double> keys;
    QStringList labels;
    const auto n = qsizetype(m_bars.values.size());
    for (qsizetype i = 0; i < n; ++i) {
        keys.push_back(double(n - i));
        labels.append(elided(m_bars.labels.value(i)));
    }
    PlotStyle::setTextTicks(*m_plot->yAxis, keys, labels);
    m_plot->xAxis->setLabel(m_bars.valueTitle);
    setRanges();
    PlotStyle::showLegend(*m_plot, m_bars.signedColours);
    m_plot->replot();
}

void RankedBarPlot::addSeries(const QColor &colour, const QString &name, bool positive)
{
    auto *bars = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    bars->setName(name);
    bars->setPen(QPen(colour.darker(120), 1));
    bars->setBrush(colour);
    bars->setWidth(0.7);
    const auto n = qsizetype(m_bars.values.size());
    QVector<double> keys;
    QVector<double> values;
    for (qsizetype i = 0; i < n; ++i) {
        const double value = m_bars.values[size_t(i)];
        // Without signed colours every bar goes into the one series.
        if (!m_bars.signedColours || (value >= 0) == positive) {
            keys.append(double(n - i));
            values.append(value);
        }
    }
    bars->setData(keys, values, false);
}

void RankedBarPlot::setRanges()
{
    double low = 0;
    double high = 0;
    for (double v : m_bars.values)
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    const double pad = (high - low) * 0.06;
    m_plot->xAxis->setRange(low < 0 ? low - pad : 0.0, high > 0 ? high + pad : (low < 0 ? pad : 1.0));
    m_plot->yAxis->setRange(0.4, double(m_bars.values.size()) + 0.6);
}

void RankedBarPlot::onMouseMove(QMouseEvent *event)
{
    const auto n = qsizetype(m_bars.values.size());
    const auto index = n - qsizetype(std::lround(m_plot->yAxis->pixelToCoord(event->position().y())));
    if (index < 0 || index >= n || m_bars.toolTips.size() != n) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), m_bars.toolTips.at(index), m_plot);
}

} // namespace streamml::view
