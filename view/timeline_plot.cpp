#include "view/timeline_plot.h"

#include "view/plot_style.h"
#include "view/timeline.h"

#include <algorithm>
#include <qcustomplot.h>

namespace streamml::view {

TimelinePlot::TimelinePlot(QWidget *parent)
    : QWidget(parent)
    , m_plot(PlotStyle::create(this))
{
}

void TimelinePlot::showMessage(const QString &title, const QString &message)
{
    m_current = nullptr;
    PlotStyle::setTitle(*m_plot, title);
    PlotStyle::showMessage(*m_plot, message);
}

void TimelinePlot::setTimeline(const Timeline &timeline)
{
    if (timeline.batches.empty()) {
        showMessage(timeline.title, tr("No batch yet"));
        return;
    }
    PlotStyle::clear(*m_plot);
    PlotStyle::setTitle(*m_plot, timeline.title);
    addValues(timeline);
    addFlags(timeline);
    addThreshold(timeline);
    setRanges(timeline);
    m_current = new QCPItemStraightLine(m_plot);
    m_current->setPen(QPen(QColor(160, 160, 160), 1, Qt::DotLine));
    m_current->setVisible(false);
    PlotStyle::showLegend(*m_plot, true);
    m_plot->replot();
}

void TimelinePlot::setCurrentBatch(qint64 batchId)
{
    if (!m_current)
        return;
    m_current->point1->setCoords(double(batchId), 0);
    m_current->point2->setCoords(double(batchId), 1);
    m_current->setVisible(true);
    m_plot->replot();
}

void TimelinePlot::addValues(const Timeline &timeline)
{
    QCPGraph *line = m_plot->addGraph();
    line->setName(timeline.seriesLabel);
    line->setPen(QPen(PlotStyle::referenceColour(), 1.5));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, PlotStyle::referenceColour(), Qt::white, 5));
    line->setData(QVector<double>(timeline.batches.begin(), timeline.batches.end()),
                  QVector<double>(timeline.values.begin(), timeline.values.end()), true);
}

void TimelinePlot::addFlags(const Timeline &timeline)
{
    QVector<double> keys, values;
    for (size_t i = 0; i < timeline.batches.size(); ++i)
        if (timeline.flagged[i]) {
            keys.append(timeline.batches[i]);
            // A flagged batch without a figure still shows, on the axis.
            values.append(std::isnan(timeline.values[i]) ? timeline.low : timeline.values[i]);
        }
    QCPGraph *flags = m_plot->addGraph();
    flags->setName(timeline.flaggedLabel);
    flags->setLineStyle(QCPGraph::lsNone);
    flags->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, PlotStyle::flagColour(), PlotStyle::flagColour(), 9));
    flags->setData(keys, values, true);
}

void TimelinePlot::addThreshold(const Timeline &timeline)
{
    if (std::isnan(timeline.threshold))
        return;
    QCPGraph *threshold = m_plot->addGraph();
    threshold->setName(timeline.thresholdLabel);
    threshold->setPen(QPen(PlotStyle::thresholdColour(), 1.2, Qt::DashLine));
    const double from = timeline.batches.front() - 0.5;
    const double to = timeline.batches.back() + 0.5;
    threshold->setData({from, to}, {timeline.threshold, timeline.threshold}, true);
}

void TimelinePlot::setRanges(const Timeline &timeline)
{
    double high = timeline.high;
    if (std::isnan(high)) {
        high = std::isnan(timeline.threshold) ? timeline.low : timeline.threshold;
        for (double v : timeline.values)
            if (!std::isnan(v))
                high = std::max(high, v);
        high = high > timeline.low ? timeline.low + (high - timeline.low) * 1.1 : timeline.low + 1.0;
    }
    m_plot->yAxis->setRange(timeline.low, high);
    m_plot->yAxis->setLabel(timeline.valueTitle);
    m_plot->xAxis->setRange(timeline.batches.front() - 0.5, timeline.batches.back() + 0.5);
    m_plot->xAxis->setLabel(tr("batch"));
    PlotStyle::setIntegerTicks(*m_plot->xAxis);
}

} // namespace streamml::view
