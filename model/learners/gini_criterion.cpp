#include "model/learners/gini_criterion.h"

namespace streamml::model::learners {

double GiniCriterion::impurity(const TargetStatistics &node) const
{
    // Same operation order as scikit-learn, so equal-quality splits compare equal.
    double squares = 0.0;
    for (int c = 0; c < node.classCount(); ++c)
        squares += node.classWeight(c) * node.classWeight(c);
    return 1.0 - squares / (node.weight() * node.weight());
}

double GiniCriterion::meritRange(int) const
{
    return 1.0;
}

} // namespace streamml::model::learners
