#include "model/learners/split_criterion.h"

namespace streamml::model::learners {

double SplitCriterion::proxyImprovement(const TargetStatistics &left, const TargetStatistics &right) const
{
    return -right.weight() * impurity(right) - left.weight() * impurity(left);
}

double SplitCriterion::impurityDecrease(double totalWeight, double nodeWeight, double nodeImpurity, double leftWeight,
                                        double leftImpurity, double rightWeight, double rightImpurity)
{
    return (nodeWeight / totalWeight)
        * (nodeImpurity - (rightWeight / nodeWeight * rightImpurity) - (leftWeight / nodeWeight * leftImpurity));
}

} // namespace streamml::model::learners
