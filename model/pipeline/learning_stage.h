#pragma once

#include "model/data/column_roles.h"
#include "model/drift/dataset_drift.h"
#include "model/drift/drift_response_policy.h"
#include "model/quality/quality_report.h"
#include "model/registry/trained_model.h"
#include "model/settings/meta_settings.h"
#include "model/settings/model_settings.h"
#include "model/settings/quality_settings.h"
#include "model/settings/serving_settings.h"
#include "model/settings/source_settings.h"
#include "model/settings/validation_settings.h"
#include "model/store/learning_store.h"

#include <map>
#include <memory>
#include <optional>

namespace streamml::model::core {
class ProgressSink;
}
namespace streamml::model::store {
class Database;
struct BatchRecord;
}

namespace streamml::model::pipeline {

class ReferenceWindow;

/// The learning stage of a batch: scores the champion on the batch before it learns from it
/// (prequential), shadow-scores the challenger and runs the promotion gate, watches the error stream
/// for model drift, lets the drift response policy decide, updates the champion incrementally,
/// retrains or re-grows through a hyper-parameter search when asked, keeps a fallback, and records
/// it all for the batch.
class LearningStage
{
public:
    struct Settings
    {
        settings::SourceSettings source;
        settings::ModelSettings models;
        settings::ValidationSettings validation;
        settings::ServingSettings serving;
        settings::MetaSettings meta;
        settings::QualitySettings quality;
        settings::FeatureSettings features;
        QString modelsDir;
    };

    explicit LearningStage(Settings settings);
    ~LearningStage();

    store::LearningStore::BatchLearning run(store::Database &database, ReferenceWindow &window, const store::BatchRecord &batch,
                                            const data::Table &cleaned, const data::ColumnRoles &roles,
                                            const quality::QualityReport &quality, const std::optional<drift::DatasetDrift> &drift,
                                            core::ProgressSink &progress);

    /// The task of a target column under [source] task.
    static learners::Task taskFor(const settings::SourceSettings &source, const data::Column &target);
    /// The metric deciding search and promotion for a task.
    static QString decisiveMetric(const QString &configured, learners::Task task, int classCount);

    const Settings &settings() const { return m_settings; }
    /// A registered version's trained model, read from its package once and kept for later batches.
    std::shared_ptr<registry::TrainedModel> model(store::Database &database, int version);
    void remember(int version, std::shared_ptr<registry::TrainedModel> model);

private:
    Settings m_settings;
    std::map<int, std::shared_ptr<registry::TrainedModel>> m_models;
};

} // namespace streamml::model::pipeline
