#pragma once

#include "model/pipeline/learning_stage.h"
#include "model/registry/model_registry.h"
#include "model/registry/promotion_gate.h"

namespace streamml::model::evaluation {
struct CandidateScore;
}

namespace streamml::model::pipeline {

/// One batch through the learning stage (see LearningStage): holds what the steps share.
class LearningRun
{
public:
    LearningRun(LearningStage &stage, store::Database &database, ReferenceWindow &window, const store::BatchRecord &batch,
                const data::Table &cleaned, const data::ColumnRoles &roles, const quality::QualityReport &quality,
                const std::optional<drift::DatasetDrift> &drift, core::ProgressSink &progress);

    store::LearningStore::BatchLearning execute();

private:
    struct Scored
    {
        int version = -1;
        QJsonObject metrics;
        std::vector<double> errors;
        double score = std::nan("");
    };

    /// Settles the task, schema and metric; false when the batch gives learning nothing.
    bool prepareSchema();
    std::optional<Scored> score(const QString &alias, const QString &role);
    void gate(const Scored &champion, const Scored &challenger);
    drift::DriftResponsePolicy::Decision decide();
    void updateChampion(int champion);
    void retrain(int champion, const QString &reason);
    void regrow(const QString &reason);
    void ensureFallback(bool refresh);
    /// Publishes a trained model with its validation `metrics` (empty when it had none) and, when it
    /// keeps the budgets, points `alias` at it.
    registry::ModelVersion publish(const std::shared_ptr<registry::TrainedModel> &model, const QString &origin, int parent,
                                   const std::vector<qint64> &trainedOn, double trainSeconds, const QString &alias, const QString &reason,
                                   const QJsonObject &metrics = {});
    QJsonObject validationMetrics(const evaluation::CandidateScore &score, qsizetype rows) const;
    registry::PromotionGate::Costs costs(const registry::TrainedModel &model, double trainSeconds, qint64 fileBytes) const;
    std::vector<qint64> windowIds() const;
    bool searchStale() const;
    /// The cleaned rows of the batches, each tagged with its batch (TrainedModel::batchColumn()).
    data::Table windowRows(const std::vector<qint64> &ids) const;
    static data::Table tagged(data::Table rows, qint64 batchId);
    std::shared_ptr<registry::TrainedModel> train(const registry::ModelSpec &spec, const data::Table &rows, double &seconds) const;
    void event(const QString &kind, int version, const QString &reason);

    LearningStage &m_stage;
    store::Database &m_db;
    ReferenceWindow &m_window;
    const store::BatchRecord &m_batch;
    const data::Table &m_cleaned;
    const data::ColumnRoles &m_roles;
    const quality::QualityReport &m_quality;
    const std::optional<drift::DatasetDrift> &m_drift;
    core::ProgressSink &m_progress;
    registry::ModelRegistry m_registry;
    registry::TrainingSchema m_schema;
    QString m_metric;
    bool m_greaterIsBetter = true;
    store::LearningStore::BatchLearning m_record;
};

} // namespace streamml::model::pipeline
