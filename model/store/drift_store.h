#pragma once

#include "model/drift/dataset_drift.h"

#include <optional>
#include <vector>

namespace streamml::model::store {

class Database;

/// Data-drift results: the verdict per batch (`batch_drift`) and every test per feature (`drift_results`,
/// kind "feature", "target" or "prediction").
class DriftStore
{
public:
    struct BatchDrift
    {
        qint64 batchId = 0;
        std::vector<qint64> referenceBatches;
        qint64 referenceRows = 0;
        int featuresTested = 0;
        int driftedCount = 0;
        double driftShare = 0;
        bool datasetDrift = false;
        QStringList driftedFeatures;
    };

    struct Result
    {
        qint64 batchId = 0;
        QString kind;
        drift::FeatureDrift drift;
    };

    explicit DriftStore(Database &database);

    void save(qint64 batchId, const drift::DatasetDrift &features, const std::vector<qint64> &referenceBatches,
              qint64 referenceRows);
    /// Stores one extra test of a batch: the target's or the predictions' distribution.
    void saveExtra(qint64 batchId, const QString &kind, const drift::FeatureDrift &result);
    std::optional<BatchDrift> find(qint64 batchId) const;
    std::vector<BatchDrift> all() const;
    /// Results of one batch, or of every batch when batchId < 0.
    std::vector<Result> results(qint64 batchId = -1) const;

private:
    void insertResult(qint64 batchId, const QString &kind, const drift::FeatureDrift &result);

    Database &m_db;
};

} // namespace streamml::model::store
