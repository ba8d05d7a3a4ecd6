#pragma once

#include "model/pipeline/update_report.h"
#include "model/settings/settings.h"

#include <memory>

namespace streamml::model::core {
class ProgressSink;
}
namespace streamml::model::store {
class Database;
class Workspace;
struct BatchRecord;
}

namespace streamml::model::pipeline {

class Collector;
class DriftStage;
class LearningStage;
class QualityStage;
class ReferenceWindow;
struct CollectedBatch;

/// Strings the stages together for each new batch and writes the batch's results to the store inside
/// one transaction, so a failure or a cancel never leaves half a batch behind.
class Pipeline
{
public:
    /// Opens the workspace and the store (migrating it); throws Error on bad settings or an unusable store.
    explicit Pipeline(settings::Settings settings);
    ~Pipeline();

    /// Takes up to `maxBatches` new batches (all when negative) through the chain.
    UpdateReport update(qint64 maxBatches, core::ProgressSink &progress);

    store::Database &database() { return *m_database; }
    const store::Workspace &workspace() const { return *m_workspace; }
    const settings::Settings &settings() const { return m_settings; }

private:
    BatchOutcome process(CollectedBatch &batch, core::ProgressSink &progress);
    store::BatchRecord storeRaw(const CollectedBatch &batch, const QString &hash);
    void analyse(store::BatchRecord &record, const CollectedBatch &batch, BatchOutcome &outcome, core::ProgressSink &progress);

    settings::Settings m_settings;
    std::unique_ptr<store::Workspace> m_workspace;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<Collector> m_collector;
    std::unique_ptr<ReferenceWindow> m_window;
    std::unique_ptr<QualityStage> m_quality;
    std::unique_ptr<DriftStage> m_drift;
    std::unique_ptr<LearningStage> m_learning;
};

} // namespace streamml::model::pipeline
