#pragma once

#include "model/learners/gaussian_estimator.h"
#include "model/learners/split_criterion.h"
#include "model/learners/split_suggestion.h"

#include <QDataStream>
#include <vector>

namespace streamml::model::learners {

/// One numeric attribute at a Hoeffding leaf: a Gaussian per class, split points spread over its range (River, MOA).
class GaussianAttributeObserver
{
public:
    /// Skips NaN values.
    void add(double value, int classIndex, double weight);
    /// Density of `value` within a class; 0 when unknown.
    double density(double value, int classIndex) const;

    /// The best of `splitPoints` candidate thresholds by the criterion's impurity decrease; a branch with
    /// less than `minBranchFraction` of the weight does not count as a branch.
    SplitSuggestion bestSplit(const SplitCriterion &criterion, const std::vector<double> &classWeights, int feature,
                              int splitPoints, double minBranchFraction) const;

    void save(QDataStream &out) const;
    void load(QDataStream &in, int classCount);

private:
    std::vector<GaussianEstimator> m_classes;
};

} // namespace streamml::model::learners
