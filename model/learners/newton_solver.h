#pragma once

#include "model/learners/objective.h"
#include "model/learners/solver_result.h"

namespace streamml::model::learners {

/// Newton's method with a backtracking line search: few iterations to machine precision on smooth,
/// strictly convex objectives such as penalised logistic loss.
class NewtonSolver
{
public:
    NewtonSolver(int maxIterations, double gradientTolerance);

    /// Minimises from `theta` in place; converged when max |gradient| <= gradientTolerance.
    SolverResult minimize(const Objective &objective, Eigen::VectorXd &theta) const;

private:
    int m_maxIterations;
    double m_gradientTolerance;
};

} // namespace streamml::model::learners
