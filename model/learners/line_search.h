#pragma once

#include "model/learners/objective.h"

namespace streamml::model::learners {

/// Backtracking line search with the Armijo condition, shared by the Newton and L-BFGS solvers.
class LineSearch
{
public:
    /// Moves `theta` along `direction` from step length `initial`, halving it until the value decreases
    /// enough inside the objective's domain; updates `value` and `gradient`. False when no step helps
    /// (at machine precision, or the direction is not a descent direction): theta is left unchanged.
    static bool step(const Objective &objective, Eigen::VectorXd &theta, double &value, Eigen::VectorXd &gradient,
                     const Eigen::VectorXd &direction, double initial);
};

} // namespace streamml::model::learners
