#pragma once

#include "model/learners/split_criterion.h"

namespace streamml::model::learners {

/// Variance of the target (mean squared error around the node mean) for regression ("squared_error").
class SquaredErrorCriterion final : public SplitCriterion
{
public:
    QString name() const override { return QStringLiteral("squared_error"); }
    Task task() const override { return Task::Regression; }
    double impurity(const TargetStatistics &node) const override;
    /// scikit-learn's cheaper equivalent: sum_left²/w_left + sum_right²/w_right.
    double proxyImprovement(const TargetStatistics &left, const TargetStatistics &right) const override;
    double meritRange(int classCount) const override;
};

} // namespace streamml::model::learners
