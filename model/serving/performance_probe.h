#pragma once

#include "model/data/table.h"

#include <cmath>

namespace streamml::model::registry {
class TrainedModel;
}

namespace streamml::model::serving {

/// Measures what serving a version costs: the time to predict a batch, the latency of single-row
/// predictions (p50 / p95 / p99 over a sample of rows), and the process's peak resident memory.
class PerformanceProbe
{
public:
    struct Latency
    {
        double msPer1kRows = std::nan("");
        double rowsPerSecond = std::nan("");
        double p50Ms = std::nan("");
        double p95Ms = std::nan("");
        double p99Ms = std::nan("");
    };

    /// Times a whole-batch prediction and up to `singleRows` one-row predictions spread over the batch.
    static Latency measure(const registry::TrainedModel &model, const data::Table &rows, int singleRows = 100);
    /// Peak resident set size of this process in MiB (VmHWM), 0 where the system does not say.
    static double peakRssMb();
    static double percentile(std::vector<double> values, double q);
};

} // namespace streamml::model::serving
