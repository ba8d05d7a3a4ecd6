#pragma once

#include "model/store/drift_store.h"

#include <vector>

namespace streamml::view {

/// Data drift over the stream: every stored batch, the verdict of each tested batch, every feature's
/// and the target's test, and the share of drifted features that makes a dataset drift.
struct DriftOverview
{
    std::vector<qint64> batchIds;                                  ///< every stored batch, ascending
    std::vector<model::store::DriftStore::BatchDrift> verdicts;    ///< batches with a reference
    std::vector<model::store::DriftStore::Result> results;         ///< kind "feature" and "target"
    double datasetDriftShare = 0.5;
};

} // namespace streamml::view
