#pragma once

#include "model/learners/split_criterion.h"

namespace streamml::model::learners {

/// Shannon entropy −Σ p_c log₂ p_c of a class distribution; its decrease is the information gain ("entropy").
class EntropyCriterion final : public SplitCriterion
{
public:
    QString name() const override { return QStringLiteral("entropy"); }
    Task task() const override { return Task::Classification; }
    double impurity(const TargetStatistics &node) const override;
    double meritRange(int classCount) const override;
};

} // namespace streamml::model::learners
