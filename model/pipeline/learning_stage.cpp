#include "model/pipeline/learning_stage.h"

#include "model/pipeline/learning_run.h"
#include "model/registry/model_package.h"
#include "model/registry/model_registry.h"

namespace streamml::model::pipeline {

LearningStage::LearningStage(Settings settings)
    : m_settings(std::move(settings))
{
}

LearningStage::~LearningStage() = default;

learners::Task LearningStage::taskFor(const settings::SourceSettings &source, const data::Column &target)
{
    if (source.task == u"classification")
        return learners::Task::Classification;
    if (source.task == u"regression")
        return learners::Task::Regression;
    return target.isNumeric() ? learners::Task::Regression : learners::Task::Classification;
}

QString LearningStage::decisiveMetric(const QString &configured, learners::Task task, int classCount)
{
    if (configured != u"auto")
        return configured;
    if (task == learners::Task::Regression)
        return QStringLiteral("rmse");
    return classCount > 2 ? QStringLiteral("f1_macro") : QStringLiteral("roc_auc");
}

std::shared_ptr<registry::TrainedModel> LearningStage::model(store::Database &database, int version)
{
    const auto it = m_models.find(version);
    if (it != m_models.end())
        return it->second;
    const std::optional<registry::ModelVersion> entry = registry::ModelRegistry(database).find(version);
    if (!entry)
        throw core::Error::model(QStringLiteral("there is no model version %1").arg(version));
    auto loaded = std::make_shared<registry::TrainedModel>(registry::ModelPackage::read(entry->file).model);
    m_models.emplace(version, loaded);
    return loaded;
}

void LearningStage::remember(int version, std::shared_ptr<registry::TrainedModel> model)
{
    m_models[version] = std::move(model);
}

store::LearningStore::BatchLearning LearningStage::run(store::Database &database, ReferenceWindow &window, const store::BatchRecord &batch,
                                                       const data::Table &cleaned, const data::ColumnRoles &roles,
                                                       const quality::QualityReport &quality,
                                                       const std::optional<drift::DatasetDrift> &drift, core::ProgressSink &progress)
{
    return LearningRun(*this, database, window, batch, cleaned, roles, quality, drift, progress).execute();
}

} // namespace streamml::model::pipeline
