#include "model/learners/squared_error_criterion.h"

namespace streamml::model::learners {

double SquaredErrorCriterion::impurity(const TargetStatistics &node) const
{
    const double mean = node.sum() / node.weight();
    return node.sumSquares() / node.weight() - mean * mean;
}

double SquaredErrorCriterion::proxyImprovement(const TargetStatistics &left, const TargetStatistics &right) const
{
    return left.sum() * left.sum() / left.weight() + right.sum() * right.sum() / right.weight();
}

double SquaredErrorCriterion::meritRange(int) const
{
    return 1.0;
}

} // namespace streamml::model::learners
