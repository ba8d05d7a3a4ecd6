#pragma once

#include "model/learners/task.h"

#include <Eigen/Dense>
#include <QString>

namespace streamml::model::evaluation {

/// One metric known by its scikit-learn name: how to compute it and how to read its value.
struct MetricDefinition
{
    /// Every metric reads the same three inputs; probabilities may be empty when not needed.
    using Compute = double (*)(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted,
                               const Eigen::MatrixXd &probabilities);

    QString name;
    learners::Task task = learners::Task::Classification;
    /// Defined for two classes only (the "binary" average with positive class 1).
    bool binaryOnly = false;
    bool greaterIsBetter = true;
    bool needsProbabilities = false;
    Compute compute = nullptr;

    bool appliesTo(learners::Task forTask, int classCount) const
    {
        return task == forTask && (!binaryOnly || classCount == 2);
    }
};

} // namespace streamml::model::evaluation
