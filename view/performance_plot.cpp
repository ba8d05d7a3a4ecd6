#include "view/performance_plot.h"

#include "view/plot_style.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace streamml::view {

namespace {
using model::store::LearningStore;

enum Measure { Latency, Training, Memory };

double highest(const std::vector<double> &values)
{
    double high = 0;
    for (double v : values)
        if (!std::isnan(v))
            high = std::max(high, v);
    return high;
}
} // namespace

PerformancePlot::PerformancePlot(QWidget *parent)
    : QWidget(parent)
    , m_measure(new QComboBox(this))
{
    m_measure->setObjectName(QStringLiteral("performanceMeasureCombo"));
    m_measure->addItems({tr("Latency per row"), tr("Training time"), tr("Peak memory")});
    auto *host = new QWidget(this);
    m_plot = PlotStyle::create(host);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Cost per batch:"), this));
    bar->addWidget(m_measure);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(host, 1);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &PerformancePlot::draw);
}

void PerformancePlot::showMessage(const QString &message)
{
    m_learning.clear();
    m_current = nullptr;
    PlotStyle::setTitle(*m_plot, m_measure->currentText());
    PlotStyle::showMessage(*m_plot, message);
}

void PerformancePlot::setLearning(std::vector<LearningStore::BatchLearning> learning)
{
    if (learning.empty()) {
        showMessage(tr("No batch has been learned from yet"));
        return;
    }
    m_learning = std::move(learning);
    draw();
}

void PerformancePlot::draw()
{
    if (m_learning.empty())
        return;
    PlotStyle::clear(*m_plot);
    switch (m_measure->currentIndex()) {
    case Training: drawTraining(); break;
    case Memory: drawMemory(); break;
    default: drawLatency(); break;
    }
    m_current = PlotStyle::addBatchMarker(*m_plot);
    setCurrentBatch(m_currentBatch);
}

std::vector<double> PerformancePlot::batches() const
{
    std::vector<double> keys;
    for (const LearningStore::BatchLearning &b : m_learning)
        keys.push_back(double(b.batchId));
    return keys;
}

void PerformancePlot::addLine(const QString &name, const std::vector<double> &values, const QColor &colour)
{
    const std::vector<double> keys = batches();
    QCPGraph *line = m_plot->addGraph();
    line->setName(name);
    line->setPen(QPen(colour, 1.5));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, Qt::white, 5));
    line->setData(QVector<double>(keys.begin(), keys.end()), QVector<double>(values.begin(), values.end()), true);
}

void PerformancePlot::drawLatency()
{
    // The champion's single-row predictions, measured on each batch before training on it.
    std::vector<double> p50, p95, p99;
    for (const LearningStore::BatchLearning &b : m_learning) {
        p50.push_back(1000 * b.latencyP50Ms);
        p95.push_back(1000 * b.latencyP95Ms);
        p99.push_back(1000 * b.latencyP99Ms);
    }
    PlotStyle::setTitle(*m_plot, tr("Champion's latency per row"));
    addLine(tr("p50"), p50, PlotStyle::referenceColour());
    addLine(tr("p95"), p95, PlotStyle::currentColour());
    addLine(tr("p99"), p99, PlotStyle::flagColour());
    PlotStyle::showLegend(*m_plot, true);
    setRanges(tr("µs per row"), highest(p99));
}

void PerformancePlot::drawTraining()
{
    std::vector<double> seconds;
    for (const LearningStore::BatchLearning &b : m_learning)
        seconds.push_back(b.trainSeconds);
    const std::vector<double> keys = batches();
    PlotStyle::setTitle(*m_plot, tr("Training time, searches included"));
    auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bars->setName(tr("training"));
    bars->setWidth(0.6);
    bars->setPen(Qt::NoPen);
    bars->setBrush(PlotStyle::referenceColour());
    bars->setData(QVector<double>(keys.begin(), keys.end()), QVector<double>(seconds.begin(), seconds.end()), true);
    setRanges(tr("seconds"), highest(seconds));
}

void PerformancePlot::drawMemory()
{
    std::vector<double> megabytes;
    for (const LearningStore::BatchLearning &b : m_learning)
        megabytes.push_back(b.peakRssMb > 0 ? b.peakRssMb : std::nan(""));
    PlotStyle::setTitle(*m_plot, tr("Peak memory of the process"));
    addLine(tr("peak RSS"), megabytes, PlotStyle::referenceColour());
    setRanges(tr("MB"), highest(megabytes));
}

void PerformancePlot::setRanges(const QString &valueTitle, double high)
{
    m_plot->yAxis->setRange(0, high > 0 ? high * 1.15 : 1);
    m_plot->yAxis->setLabel(valueTitle);
    m_plot->xAxis->setRange(double(m_learning.front().batchId) - 0.5, double(m_learning.back().batchId) + 0.5);
    m_plot->xAxis->setLabel(tr("batch"));
    PlotStyle::setIntegerTicks(*m_plot->xAxis);
}

void PerformancePlot::setCurrentBatch(qint64 batchId)
{
    m_currentBatch = batchId;
    if (m_current)
        PlotStyle::placeBatchMarker(*m_current, batchId);
}

} // namespace streamml::view
