#include "model/learners/knn_params.h"

#include "model/learners/json_params.h"

namespace streamml::model::learners {

namespace {

const QStringList kWeights{QStringLiteral("uniform"), QStringLiteral("distance")};
const QStringList kAlgorithms{QStringLiteral("auto"), QStringLiteral("kd_tree"), QStringLiteral("brute")};

} // namespace

KnnParams KnnParams::fromJson(const QJsonObject &json)
{
    JsonParams reader(QStringLiteral("knn"), json);
    KnnParams p;
    p.task = reader.choice(QStringLiteral("task"), taskName(Task::Classification),
                           {taskName(Task::Classification), taskName(Task::Regression)})
            == taskName(Task::Regression)
        ? Task::Regression
        : Task::Classification;
    p.neighbours = reader.integer(QStringLiteral("n_neighbors"), 5, 1, 10000);
    p.weights = Weights(kWeights.indexOf(reader.choice(QStringLiteral("weights"), kWeights[0], kWeights)));
    p.metric = DistanceMetric(distanceMetricNames().indexOf(
        reader.choice(QStringLiteral("metric"), distanceMetricNames()[0], distanceMetricNames())));
    p.algorithm = Algorithm(kAlgorithms.indexOf(reader.choice(QStringLiteral("algorithm"), kAlgorithms[0], kAlgorithms)));
    p.window = reader.integer(QStringLiteral("window"), 100000, 1, 100000000);
    reader.finish();
    return p;
}

QJsonObject KnnParams::toJson() const
{
    return QJsonObject{
        {QStringLiteral("task"), taskName(task)},
        {QStringLiteral("n_neighbors"), neighbours},
        {QStringLiteral("weights"), kWeights[int(weights)]},
        {QStringLiteral("metric"), distanceMetricName(metric)},
        {QStringLiteral("algorithm"), kAlgorithms[int(algorithm)]},
        {QStringLiteral("window"), window},
    };
}

void KnnParams::validate() const
{
    fromJson(toJson());
}

} // namespace streamml::model::learners
