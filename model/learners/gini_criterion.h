#pragma once

#include "model/learners/split_criterion.h"

namespace streamml::model::learners {

/// Gini impurity 1 − Σ p_c² of a class distribution ("gini").
class GiniCriterion final : public SplitCriterion
{
public:
    QString name() const override { return QStringLiteral("gini"); }
    Task task() const override { return Task::Classification; }
    double impurity(const TargetStatistics &node) const override;
    double meritRange(int classCount) const override;
};

} // namespace streamml::model::learners
