#include "model/evaluation/candidate_evaluator.h"

#include "model/core/error.h"
#include "model/evaluation/metric_registry.h"
#include "model/registry/trained_model.h"

#include <QElapsedTimer>

namespace streamml::model::evaluation {

namespace {
Eigen::VectorXd encodedTargets(const registry::TrainingSchema &schema, const data::Table &rows)
{
    prep::TargetEncoder encoder = schema.targetEncoder();
    encoder.fit(rows.column(schema.target));
    return encoder.encode(rows.column(schema.target));
}

std::vector<qsizetype> positions(const std::vector<Eigen::Index> &indices)
{
    return {indices.begin(), indices.end()};
}
} // namespace

CandidateEvaluator::CandidateEvaluator(registry::TrainingSchema schema, data::Table rows, const Splitter &splitter, QString metric)
    : m_schema(std::move(schema))
    , m_rows(std::move(rows))
    , m_metric(std::move(metric))
{
    m_folds = splitter.split(encodedTargets(m_schema, m_rows));
}

double CandidateEvaluator::scoreFold(const registry::ModelSpec &spec, const Fold &fold) const
{
    const data::Table train = m_rows.take(positions(fold.train));
    const registry::TrainedModel model = registry::TrainedModel::train(spec, m_schema, train);
    // A class the training rows never had cannot be predicted: score on the rows whose class is known.
    const data::Table allTest = m_rows.take(positions(fold.test));
    const data::Table test = allTest.take(model.labelledRows(allTest));
    if (test.rowCount() == 0)
        return std::nan("");
    const registry::Predictions predicted = model.predict(test);
    const QJsonObject value = MetricRegistry::compute({m_metric}, model.targets(test), predicted.values, predicted.probabilities);
    return value.value(m_metric).isNull() ? std::nan("") : value.value(m_metric).toDouble();
}

CandidateScore CandidateEvaluator::evaluate(const registry::ModelSpec &spec) const
{
    CandidateScore score;
    QElapsedTimer timer;
    timer.start();
    std::vector<double> values;
    try {
        for (const Fold &fold : m_folds) {
            const double v = scoreFold(spec, fold);
            if (!std::isnan(v))
                values.push_back(v);
        }
    } catch (const core::Error &error) {
        score.error = error.message();
    }
    score.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (values.empty()) {
        if (score.error.isEmpty())
            score.error = QStringLiteral("%1 is undefined on every fold").arg(m_metric);
        return score;
    }
    double mean = 0;
    for (double v : values)
        mean += v / double(values.size());
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    score.mean = mean;
    score.std = values.size() > 1 ? std::sqrt(squares / double(values.size() - 1)) : 0.0;
    return score;
}

} // namespace streamml::model::evaluation
