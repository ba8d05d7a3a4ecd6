#pragma once

#include "model/learners/sgd_loss.h"

#include <cmath>

namespace streamml::model::learners {

/// Logistic loss log(1 + exp(−y·p)), as scikit-learn's SGD "log_loss"; gives probabilities.
class LogLoss : public SgdLoss
{
public:
    double loss(double prediction, double target) const override
    {
        const double z = prediction * target;
        // Far from zero the exact forms overflow or lose every digit; their limits are exact there.
        if (z > 18)
            return std::exp(-z);
        if (z < -18)
            return -z;
        return std::log1p(std::exp(-z));
    }

    double derivative(double prediction, double target) const override
    {
        const double z = prediction * target;
        if (z > 18)
            return -target * std::exp(-z);
        if (z < -18)
            return -target;
        return -target / (std::exp(z) + 1);
    }

    bool isClassification() const override { return true; }
};

} // namespace streamml::model::learners
