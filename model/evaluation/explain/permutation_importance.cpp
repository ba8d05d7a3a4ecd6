#include "model/evaluation/explain/permutation_importance.h"

#include "model/core/error.h"
#include "model/evaluation/metric_registry.h"
#include "model/evaluation/random_state.h"
#include "model/registry/trained_model.h"

#include <cmath>

namespace streamml::model::evaluation::explain {

using core::Error;

namespace {

/// Population mean and standard deviation.
std::pair<double, double> meanAndSpread(const std::vector<double> &values)
{
    double mean = 0;
    for (double v : values)
        mean += v;
    mean /= double(values.size());
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    return {mean, std::sqrt(squares / double(values.size()))};
}

} // namespace

PermutationImportance::PermutationImportance(PermutationOptions options)
    : m_options(std::move(options))
{
    m_options.validate();
}

const MetricDefinition &PermutationImportance::metricFor(const registry::TrainedModel &model) const
{
    const learners::Task task = model.schema().task;
    const QString name = !m_options.metric.isEmpty() ? m_options.metric
        : task == learners::Task::Classification     ? QStringLiteral("accuracy")
                                                     : QStringLiteral("r2");
    const MetricDefinition &metric = MetricRegistry::find(name);
    if (!metric.appliesTo(task, model.targetEncoder().classCount()))
        throw Error::settings(QStringLiteral("permutation importance: the metric \"%1\" does not apply to %2 with %3 classes")
                                  .arg(name, learners::taskName(task))
                                  .arg(model.targetEncoder().classCount()));
    return metric;
}

std::vector<FeatureImportance> PermutationImportance::compute(const registry::TrainedModel &model, const data::Table &rows) const
{
    const MetricDefinition &metric = metricFor(model);
    const std::vector<qsizetype> labelled = prep::TargetEncoder::rowsWithTarget(rows.column(model.schema().target));
    if (labelled.empty())
        throw Error::input(QStringLiteral("permutation importance: no row has a value in the target column \"%1\"").arg(model.schema().target));
    const data::Table table = rows.take(labelled);
    const Eigen::VectorXd truth = model.targets(table);
    const double baseline = score(model, table, truth, metric);
    const double direction = metric.greaterIsBetter ? 1.0 : -1.0;

    std::vector<FeatureImportance> result;
    for (const QString &feature : model.schema().features) {
        const qsizetype index = table.indexOf(feature);
        if (index < 0)
            throw Error::input(QStringLiteral("permutation importance: the rows have no column \"%1\", a feature of the model").arg(feature));
        data::Table shuffled = table;
        RandomState random(m_options.seed);
        std::vector<double> drops;
        for (int repeat = 0; repeat < m_options.repeats; ++repeat) {
            const std::vector<Eigen::Index> order = random.permutation(table.rowCount());
            shuffled.replaceColumn(index, table.column(index).take(std::vector<qsizetype>(order.begin(), order.end())));
            drops.push_back(direction * (baseline - score(model, shuffled, truth, metric)));
        }
        const auto [mean, spread] = meanAndSpread(drops);
        result.push_back({feature, mean, spread});
    }
    FeatureImportance::sort(result);
    return result;
}

double PermutationImportance::score(const registry::TrainedModel &model, const data::Table &rows,
                                    const Eigen::VectorXd &truth, const MetricDefinition &metric)
{
    const registry::Predictions predicted = model.predict(rows);
    const QJsonValue value = MetricRegistry::compute({metric.name}, truth, predicted.values, predicted.probabilities)[metric.name];
    if (!value.isDouble())
        throw Error::input(QStringLiteral("permutation importance: the metric \"%1\" is undefined on these rows").arg(metric.name));
    return value.toDouble();
}

} // namespace streamml::model::evaluation::explain
