#include "model/evaluation/metric_registry.h"

#include "model/core/error.h"
#include "model/core/log.h"
#include "model/evaluation/metrics.h"

#include <algorithm>

namespace streamml::model::evaluation {

using core::Error;
using learners::Task;
using Vector = Eigen::VectorXd;
using Matrix = Eigen::MatrixXd;

const std::vector<MetricDefinition> &MetricRegistry::all()
{
    using A = Metrics::Average;
    static const std::vector<MetricDefinition> definitions{
        {.name = QStringLiteral("accuracy"),
         .compute = [](const Vector &t, const Vector &p, const Matrix &) { return Metrics::accuracy(t, p); }},
        {.name = QStringLiteral("balanced_accuracy"),
         .compute = [](const Vector &t, const Vector &p, const Matrix &) { return Metrics::balancedAccuracy(t, p); }},
        {.name = QStringLiteral("precision"), .binaryOnly = true,
         .compute = [](const Vector &t, const Vector &p, const Matrix &) { return Metrics::precision(t, p, A::Binary); }},
        {.name = QStringLiteral("recall"), .binaryOnly = true,
         .compute = [](const Vector &t, const Vector &p, const Matrix &) { return Metrics::recall(t, p, A::Binary); }},
        {.name = QStringLiteral("f1"), .binaryOnly = true,
         .compute = [](const Vector &t, const Vector &p, const Matrix &) { return Metrics::f1(t, p, A::Binary); }},
        {.name = QStringLiteral("precision_macro"),
         .compute = [](const Vector &t, const Vector &p, const Matrix &) { return Metrics::precision(t, p, A::Macro); }},
        {.name = QStringLiteral("recall_macro"),
         .compute = [](const Vector &t, const Vector &p, const Matrix &) { return Metrics::recall(t, p, A::Macro); }},
        {.name = QStringLiteral("f1_macro"),
         .compute = [](const Vector &t, const Vector &p, const Matrix &) { return Metrics::f1(t, p, A::Macro); }},
        {.name = QStringLiteral("roc_auc"), .needsProbabilities = true,
         .compute = [](const Vector &t, const Vector &, const Matrix &q) { return Metrics::rocAuc(t, q); }},
        {.name = QStringLiteral("log_loss"), .greaterIsBetter = false, .needsProbabilities = true,
         .compute = [](const Vector &t, const Vector &, const Matrix &q) { return Metrics::logLoss(t, q); }},
        {.name = QStringLiteral("brier"), .greaterIsBetter = false, .needsProbabilities = true,
         .compute = [](const Vector &t, const Vector &, const Matrix &q) { return Metrics::brier(t, q); }},
        {.name = QStringLiteral("mae"), .task = Task::Regression, .greaterIsBetter = false,
         .compute = [](const Vector &t, const Vector &p, const Matrix &) { return Metrics::mae(t, p); }},
        {.name = QStringLiteral("rmse"), .task = Task::Regression, .greaterIsBetter = false,
         .compute = [](const Vector &t, const Vector &p, const Matrix &) { return Metrics::rmse(t, p); }},
        {.name = QStringLiteral("r2"), .task = Task::Regression,
         .compute = [](const Vector &t, const Vector &p, const Matrix &) { return Metrics::r2(t, p); }},
        {.name = QStringLiteral("mape"), .task = Task::Regression, .greaterIsBetter = false,
         .compute = [](const Vector &t, const Vector &p, const Matrix &) { return Metrics::mape(t, p); }},
    };
    return definitions;
}

bool MetricRegistry::contains(const QString &name)
{
    return std::any_of(all().begin(), all().end(), [&](const MetricDefinition &d) { return d.name == name; });
}

const MetricDefinition &MetricRegistry::find(const QString &name)
{
    for (const MetricDefinition &definition : all())
        if (definition.name == name)
            return definition;
    QStringList known;
    for (const MetricDefinition &definition : all())
        known << definition.name;
    throw Error::settings(QStringLiteral("unknown metric \"%1\"; known metrics: %2").arg(name, known.join(QStringLiteral(", "))));
}

QStringList MetricRegistry::standardNames(Task task, int classCount)
{
    if (task == Task::Regression)
        return {QStringLiteral("mae"), QStringLiteral("rmse"), QStringLiteral("r2"), QStringLiteral("mape")};
    if (classCount < 2)
        throw Error::input(QStringLiteral("classification metrics need at least two classes, got %1").arg(classCount));
    const QString suffix = classCount == 2 ? QString() : QStringLiteral("_macro");
    return {QStringLiteral("accuracy"), QStringLiteral("balanced_accuracy"), QStringLiteral("precision") + suffix,
            QStringLiteral("recall") + suffix, QStringLiteral("f1") + suffix, QStringLiteral("roc_auc"),
            QStringLiteral("log_loss"), QStringLiteral("brier")};
}

void MetricRegistry::checkInputs(const QList<const MetricDefinition *> &metrics, const Vector &truth,
                                 const Vector &predicted, const Matrix &probabilities)
{
    bool classification = false, regression = false;
    for (const MetricDefinition *metric : metrics) {
        if (metric->needsProbabilities && probabilities.size() == 0)
            throw Error::input(QStringLiteral("metric %1 needs class probabilities, none were given").arg(metric->name));
        (metric->task == Task::Regression ? regression : classification) = true;
    }
    if (classification)
        Metrics::checkClassification(truth, predicted, probabilities);
    if (regression)
        Metrics::checkRegression(truth, predicted);
}

QJsonObject MetricRegistry::compute(const QStringList &names, const Vector &truth, const Vector &predicted,
                                    const Matrix &probabilities)
{
    QList<const MetricDefinition *> metrics;
    for (const QString &name : names)
        metrics << &find(name);
    checkInputs(metrics, truth, predicted, probabilities);

    QJsonObject values;
    for (const MetricDefinition *metric : metrics) {
        try {
            values.insert(metric->name, metric->compute(truth, predicted, probabilities));
        } catch (const Error &undefined) {
            core::Log::get("evaluation")->info("{} is undefined on these {} rows: {}", metric->name, truth.size(),
                                               undefined.message());
            values.insert(metric->name, QJsonValue::Null);
        }
    }
    return values;
}

QJsonObject MetricRegistry::computeStandard(Task task, const Vector &truth, const Vector &predicted,
                                            const Matrix &probabilities)
{
    if (task == Task::Classification && probabilities.size() == 0)
        throw Error::input(QStringLiteral("the classification metrics need class probabilities, none were given"));
    return compute(standardNames(task, int(probabilities.cols())), truth, predicted, probabilities);
}

} // namespace streamml::model::evaluation
