#include "view/waterfall_plot.h"

#include "model/evaluation/explain/design_map.h"
#include "model/evaluation/explain/waterfall.h"
#include "view/plot_style.h"

#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace streamml::view {

namespace {
using model::evaluation::explain::DesignMap;
using model::evaluation::explain::Waterfall;

constexpr int maxLabelLength = 46;

QString elided(const QString &text)
{
    return text.size() <= maxLabelLength ? text : text.left(maxLabelLength - 1) + QChar(0x2026);
}

/// Three significant digits: enough to rank the bars, short enough to sit beside them.
QString signedNumber(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("−")) + QString::number(std::abs(value), 'g', 3);
}

QCPItemText *addText(QCustomPlot *plot, double x, double y, const QString &text, Qt::Alignment alignment, const QColor &colour)
{
    auto *item = new QCPItemText(plot);
    item->position->setCoords(x, y);
    item->setPositionAlignment(alignment);
    item->setText(text);
    item->setColor(colour);
    QFont font = plot->xAxis->tickLabelFont();
    item->setFont(font);
    return item;
}
} // namespace

WaterfallPlot::WaterfallPlot(QWidget *parent)
    : QWidget(parent)
    , m_plot(PlotStyle::create(this))
{
    connect(m_plot, &QCustomPlot::mouseMove, this, &WaterfallPlot::onMouseMove);
}

void WaterfallPlot::showMessage(const QString &title, const QString &message)
{
    m_bars.clear();
    PlotStyle::setTitle(*m_plot, title);
    PlotStyle::showMessage(*m_plot, message);
}

std::vector<WaterfallPlot::Bar> WaterfallPlot::barsOf(const Waterfall &waterfall)
{
    // Bottom to top, as SHAP draws it: the pooled rest first, the largest contribution last.
    const auto shown = std::min(qsizetype(waterfall.steps.size()), shownSteps);
    std::vector<Bar> bars;
    const auto pooled = qsizetype(waterfall.steps.size()) - shown;
    double rest = 0;
    for (qsizetype i = shown; i < qsizetype(waterfall.steps.size()); ++i)
        rest += waterfall.steps[size_t(i)].contribution;
    double running = waterfall.base;
    if (pooled > 0) {
        bars.push_back({pooled == 1 ? tr("1 other feature") : tr("%1 other features").arg(pooled), running, running + rest});
        running += rest;
    }
    for (qsizetype i = shown - 1; i >= 0; --i) {
        const Waterfall::Step &step = waterfall.steps[size_t(i)];
        const QString label = step.value.isEmpty() ? step.feature : tr("%1 = %2").arg(step.feature, step.value);
        bars.push_back({label, running, running + step.contribution});
        running += step.contribution;
    }
    return bars;
}

void WaterfallPlot::setWaterfall(const Waterfall &waterfall, const QString &title, const QString &scale, const QString &method)
{
    PlotStyle::clear(*m_plot);
    PlotStyle::setTitle(*m_plot, title);
    m_bars = barsOf(waterfall);
    drawBars(m_bars);
    drawEnds(waterfall, double(m_bars.size()));
    m_plot->xAxis->setLabel(tr("%1 · %2").arg(scale, method));
    setRanges(m_bars, waterfall);
    m_plot->replot();
}

void WaterfallPlot::onMouseMove(QMouseEvent *event)
{
    const auto index = std::lround(m_plot->yAxis->pixelToCoord(event->position().y())) - 1;
    if (index < 0 || index >= long(m_bars.size())) {
        QToolTip::hideText();
        return;
    }
    const Bar &bar = m_bars[size_t(index)];
    const QString text =
        tr("%1\n%2 → %3 (%4)").arg(bar.label, DesignMap::number(bar.open), DesignMap::number(bar.close), signedNumber(bar.close - bar.open));
    QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

void WaterfallPlot::drawBars(const std::vector<Bar> &bars)
{
    auto *financial = new QCPFinancial(m_plot->yAxis, m_plot->xAxis);
    financial->setName(tr("contributions"));
    financial->setChartStyle(QCPFinancial::csCandlestick);
    financial->setTwoColored(true);
    financial->setBrushPositive(PlotStyle::raisingColour());
    financial->setBrushNegative(PlotStyle::loweringColour());
    financial->setPenPositive(QPen(PlotStyle::raisingColour().darker(120)));
    financial->setPenNegative(QPen(PlotStyle::loweringColour().darker(120)));
    financial->setWidth(0.7);
    QVector<double> keys, open, high, low, close;
    std::vector<double> ticks;
    QStringList labels;
    for (size_t i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars[i];
        const double key = double(i + 1);
        keys.append(key);
        open.append(bar.open);
        close.append(bar.close);
        high.append(std::max(bar.open, bar.close));
        low.append(std::min(bar.open, bar.close));
        ticks.push_back(key);
        labels.append(elided(bar.label));
        const bool raises = bar.close >= bar.open;
        addText(m_plot, bar.close, key, QStringLiteral(" %1 ").arg(signedNumber(bar.close - bar.open)),
                (raises ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                raises ? PlotStyle::raisingColour().darker(130) : PlotStyle::loweringColour().darker(130));
    }
    financial->setData(keys, open, high, low, close, true);
    PlotStyle::setTextTicks(*m_plot->yAxis, ticks, labels);
}

void WaterfallPlot::drawEnds(const Waterfall &waterfall, double top)
{
    const QPen dashed(PlotStyle::thresholdColour(), 1, Qt::DashLine);
    for (const double x : {waterfall.base, waterfall.prediction}) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setPen(dashed);
    }
    // On white, so the dashed lines do not run through the text.
    for (QCPItemText *end : {addText(m_plot, waterfall.base, 0.35, tr("base E[f(x)] = %1").arg(DesignMap::number(waterfall.base)),
                                     Qt::AlignHCenter | Qt::AlignVCenter, PlotStyle::thresholdColour().darker(150)),
                             addText(m_plot, waterfall.prediction, top + 0.65, tr("f(x) = %1").arg(DesignMap::number(waterfall.prediction)),
                                     Qt::AlignHCenter | Qt::AlignVCenter, Qt::black)}) {
        end->setBrush(Qt::white);
        end->setPadding(QMargins(3, 1, 3, 1));
    }
}

void WaterfallPlot::setRanges(const std::vector<Bar> &bars, const Waterfall &waterfall)
{
    double low = std::min(waterfall.base, waterfall.prediction);
    double high = std::max(waterfall.base, waterfall.prediction);
    for (const Bar &bar : bars) {
        low = std::min({low, bar.open, bar.close});
        high = std::max({high, bar.open, bar.close});
    }
    // Room beside the outermost bars for their value labels.
    const double pad = std::max(high - low, 1e-9) * 0.16;
    m_plot->xAxis->setRange(low - pad, high + pad);
    m_plot->yAxis->setRange(0, double(bars.size()) + 1);
}

} // namespace streamml::view
