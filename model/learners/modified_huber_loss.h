#pragma once

#include "model/learners/sgd_loss.h"

namespace streamml::model::learners {

/// The smoothed hinge of scikit-learn's SGD "modified_huber": quadratic near the margin, linear beyond;
/// tolerant to outliers, and gives (coarse) probabilities.
class ModifiedHuberLoss : public SgdLoss
{
public:
    double loss(double prediction, double target) const override
    {
        const double z = prediction * target;
        if (z >= 1)
            return 0;
        if (z >= -1)
            return (1 - z) * (1 - z);
        return -4 * z;
    }

    double derivative(double prediction, double target) const override
    {
        const double z = prediction * target;
        if (z >= 1)
            return 0;
        if (z >= -1)
            return -2 * (1 - z) * target;
        return -4 * target;
    }

    bool isClassification() const override { return true; }
};

} // namespace streamml::model::learners
