#include "model/learners/newton_solver.h"

#include "model/learners/line_search.h"

namespace streamml::model::learners {

NewtonSolver::NewtonSolver(int maxIterations, double gradientTolerance)
    : m_maxIterations(maxIterations)
    , m_gradientTolerance(gradientTolerance)
{
}

SolverResult NewtonSolver::minimize(const Objective &objective, Eigen::VectorXd &theta) const
{
    SolverResult result;
    Eigen::VectorXd gradient;
    result.value = objective.value(theta, &gradient);
    for (; result.iterations < m_maxIterations; ++result.iterations) {
        if (gradient.lpNorm<Eigen::Infinity>() <= m_gradientTolerance) {
            result.converged = true;
            return result;
        }
        const Eigen::MatrixXd hessian = objective.hessian(theta);
        Eigen::LLT<Eigen::MatrixXd> llt(hessian);
        // A semi-definite Hessian (collinear columns without penalty) still gives a descent direction.
        const Eigen::VectorXd direction = llt.info() == Eigen::Success ? Eigen::VectorXd(-llt.solve(gradient))
                                                                       : Eigen::VectorXd(-hessian.ldlt().solve(gradient));
        if (!LineSearch::step(objective, theta, result.value, gradient, direction, 1.0))
            break;
    }
    result.converged = gradient.lpNorm<Eigen::Infinity>() <= m_gradientTolerance;
    return result;
}

} // namespace streamml::model::learners
