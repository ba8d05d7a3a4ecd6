#pragma once

#include "model/learners/target_statistics.h"
#include "model/learners/task.h"

#include <QString>

namespace streamml::model::learners {

/// Scores nodes and candidate splits while a tree grows; one subclass per criterion, created by name.
class SplitCriterion
{
public:
    virtual ~SplitCriterion() = default;

    virtual QString name() const = 0;
    virtual Task task() const = 0;
    virtual double impurity(const TargetStatistics &node) const = 0;
    /// A score that orders the splits of one node like their impurity decrease (scikit-learn's proxy):
    /// by default −w_left·impurity_left − w_right·impurity_right.
    virtual double proxyImprovement(const TargetStatistics &left, const TargetStatistics &right) const;
    /// The largest possible impurity decrease, the range R in the Hoeffding bound.
    virtual double meritRange(int classCount) const = 0;

    /// scikit-learn's weighted impurity decrease N_t/N · (I − N_R/N_t·I_R − N_L/N_t·I_L).
    static double impurityDecrease(double totalWeight, double nodeWeight, double nodeImpurity,
                                   double leftWeight, double leftImpurity, double rightWeight, double rightImpurity);
};

} // namespace streamml::model::learners
