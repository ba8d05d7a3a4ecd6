#pragma once

#include "model/learners/sgd_loss.h"

namespace streamml::model::learners {

/// Half the squared error, as scikit-learn's SGD "squared_error": the regression loss.
class SquaredLoss : public SgdLoss
{
public:
    double loss(double prediction, double target) const override
    {
        return 0.5 * (prediction - target) * (prediction - target);
    }

    double derivative(double prediction, double target) const override { return prediction - target; }
    bool isClassification() const override { return false; }
};

} // namespace streamml::model::learners
