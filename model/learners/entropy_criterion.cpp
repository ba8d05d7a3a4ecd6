#include "model/learners/entropy_criterion.h"

#include <algorithm>
#include <cmath>

namespace streamml::model::learners {

double EntropyCriterion::impurity(const TargetStatistics &node) const
{
    // log₂ as scikit-learn computes it (ln x / ln 2), so equal-quality splits compare equal.
    const double ln2 = std::log(2.0);
    double entropy = 0.0;
    for (int c = 0; c < node.classCount(); ++c) {
        double share = node.classWeight(c);
        if (share > 0.0) {
            share /= node.weight();
            entropy -= share * (std::log(share) / ln2);
        }
    }
    return entropy;
}

double EntropyCriterion::meritRange(int classCount) const
{
    return std::log2(double(std::max(classCount, 2)));
}

} // namespace streamml::model::learners
