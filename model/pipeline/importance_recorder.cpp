#include "model/pipeline/importance_recorder.h"

#include "model/core/error.h"
#include "model/core/log.h"
#include "model/evaluation/explain/model_explainer.h"
#include "model/evaluation/explain/permutation_importance.h"
#include "model/registry/trained_model.h"
#include "model/store/learning_store.h"

namespace streamml::model::pipeline {

namespace {
// Sampling Shapley costs tens of milliseconds a row; the exact explainers a fraction of that.
constexpr qsizetype permutationRows = 600;
constexpr qsizetype exactShapRows = 200;
constexpr qsizetype sampledShapRows = 20;

QList<QPair<QString, double>> pairs(const std::vector<evaluation::explain::FeatureImportance> &values)
{
    QList<QPair<QString, double>> result;
    for (const auto &v : values)
        result.append({v.feature, v.value});
    return result;
}
} // namespace

ImportanceRecorder::ImportanceRecorder(QString metric, quint32 seed)
    : m_metric(std::move(metric))
    , m_seed(seed)
{
}

data::Table ImportanceRecorder::sample(const data::Table &rows, qsizetype count) const
{
    if (rows.rowCount() <= count)
        return rows;
    std::vector<qsizetype> picked;
    for (qsizetype i = 0; i < count; ++i)
        picked.push_back(i * rows.rowCount() / count);
    return rows.take(picked);
}

void ImportanceRecorder::record(store::Database &database, int version, const std::shared_ptr<const registry::TrainedModel> &model,
                                const data::Table &rows) const
{
    const data::Table labelled = rows.take(model->labelledRows(rows));
    if (labelled.rowCount() < 2)
        return;
    store::LearningStore store(database);
    try {
        evaluation::explain::PermutationOptions options;
        options.metric = m_metric;
        options.repeats = 3;
        options.seed = m_seed;
        store.saveImportance(version, QStringLiteral("permutation"),
                             pairs(evaluation::explain::PermutationImportance(options).compute(*model, sample(labelled, permutationRows))));
        const evaluation::explain::ModelExplainer explainer(model, labelled);
        const bool sampled = explainer.explainer().method().contains(QStringLiteral("sampling"));
        store.saveImportance(version, QStringLiteral("mean_abs_shap"),
                             pairs(explainer.shapImportance(sample(labelled, sampled ? sampledShapRows : exactShapRows))));
    } catch (const core::Error &error) {
        // Importance is an explanation, not a gate: a metric undefined on these rows must not fail the batch.
        core::Log::get("learning")->info("no importance for v{}: {}", version, error.message());
    }
}

} // namespace streamml::model::pipeline
