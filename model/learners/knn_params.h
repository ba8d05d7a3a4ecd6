#pragma once

#include "model/learners/distance_metric.h"
#include "model/learners/task.h"

#include <QJsonObject>
#include <QString>

namespace streamml::model::learners {

/// Hyper-parameters of k-nearest neighbours; JSON keys follow scikit-learn's names.
struct KnnParams
{
    enum class Weights { Uniform, Distance };
    enum class Algorithm { Auto, KdTree, Brute };

    Task task = Task::Classification;                  ///< "task": "classification" | "regression"
    int neighbours = 5;                                ///< "n_neighbors": 1..10000
    Weights weights = Weights::Uniform;                ///< "weights": "uniform" | "distance"
    DistanceMetric metric = DistanceMetric::Euclidean; ///< "metric": "euclidean" | "manhattan"
    Algorithm algorithm = Algorithm::Auto;             ///< "algorithm": "auto" | "kd_tree" | "brute"
    int window = 100000;                               ///< "window": 1..100000000 training rows kept, oldest dropped

    /// Reads and validates; throws Error::settings naming the bad or unknown key and the accepted range.
    static KnnParams fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    /// Throws Error::settings when a field is out of range.
    void validate() const;
};

} // namespace streamml::model::learners
