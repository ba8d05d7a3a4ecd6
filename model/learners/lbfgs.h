#pragma once

#include "model/learners/objective.h"
#include "model/learners/solver_result.h"

#include <deque>

namespace streamml::model::learners {

/// Limited-memory BFGS: minimises objectives from values and gradients alone, for problems too large
/// for Newton's method and for objectives whose Hessian jumps (Huber loss).
class Lbfgs
{
public:
    Lbfgs(int maxIterations, double gradientTolerance, int memory = 10);

    /// Minimises from `theta` in place; converged when max |gradient| <= gradientTolerance.
    SolverResult minimize(const Objective &objective, Eigen::VectorXd &theta) const;

private:
    struct Pair
    {
        Eigen::VectorXd s;
        Eigen::VectorXd y;
        double rho;
    };

    /// The two-loop recursion: the quasi-Newton direction from the stored curvature pairs.
    static Eigen::VectorXd direction(const std::deque<Pair> &pairs, const Eigen::VectorXd &gradient);

    int m_maxIterations;
    double m_gradientTolerance;
    int m_memory;
};

} // namespace streamml::model::learners
