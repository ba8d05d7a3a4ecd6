#include "model/serving/performance_probe.h"

#include "model/registry/trained_model.h"

#include <QElapsedTimer>
#include <QFile>
#include <algorithm>

namespace streamml::model::serving {

double PerformanceProbe::percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const double position = q * double(values.size() - 1);
    const size_t lower = size_t(position);
    const size_t upper = std::min(lower + 1, values.size() - 1);
    return values[lower] + (values[upper] - values[lower]) * (position - double(lower));
}

PerformanceProbe::Latency PerformanceProbe::measure(const registry::TrainedModel &model, const data::Table &rows, int singleRows)
{
    Latency latency;
    if (rows.rowCount() == 0)
        return latency;
    QElapsedTimer timer;
    timer.start();
    model.predict(rows);
    const double batchMs = double(timer.nsecsElapsed()) / 1e6;
    latency.msPer1kRows = batchMs * 1000.0 / double(rows.rowCount());
    latency.rowsPerSecond = double(rows.rowCount()) / std::max(batchMs / 1000.0, 1e-9);
    std::vector<double> single;
    const qsizetype count = std::min<qsizetype>(singleRows, rows.rowCount());
    for (qsizetype i = 0; i < count; ++i) {
        const data::Table one = rows.slice(i * rows.rowCount() / count, 1);
        timer.restart();
        model.predict(one);
        single.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    latency.p50Ms = percentile(single, 0.50);
    latency.p95Ms = percentile(single, 0.95);
    latency.p99Ms = percentile(single, 0.99);
    return latency;
}

double PerformanceProbe::peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

} // namespace streamml::model::serving
