#include "model/learners/lbfgs.h"

#include "model/learners/line_search.h"

#include <algorithm>
#include <vector>

namespace streamml::model::learners {

Lbfgs::Lbfgs(int maxIterations, double gradientTolerance, int memory)
    : m_maxIterations(maxIterations)
    , m_gradientTolerance(gradientTolerance)
    , m_memory(memory)
{
}

Eigen::VectorXd Lbfgs::direction(const std::deque<Pair> &pairs, const Eigen::VectorXd &gradient)
{
    Eigen::VectorXd q = gradient;
    std::vector<double> alpha(pairs.size());
    for (size_t i = pairs.size(); i-- > 0;) {
        alpha[i] = pairs[i].rho * pairs[i].s.dot(q);
        q -= alpha[i] * pairs[i].y;
    }
    const Pair &last = pairs.back();
    q *= last.s.dot(last.y) / last.y.squaredNorm();
    for (size_t i = 0; i < pairs.size(); ++i) {
        const double beta = pairs[i].rho * pairs[i].y.dot(q);
        q += (alpha[i] - beta) * pairs[i].s;
    }
    return -q;
}

SolverResult Lbfgs::minimize(const Objective &objective, Eigen::VectorXd &theta) const
{
    SolverResult result;
    Eigen::VectorXd gradient;
    result.value = objective.value(theta, &gradient);
    std::deque<Pair> pairs;
    for (; result.iterations < m_maxIterations; ++result.iterations) {
        const double gradientNorm = gradient.lpNorm<Eigen::Infinity>();
        if (gradientNorm <= m_gradientTolerance) {
            result.converged = true;
            return result;
        }
        const Eigen::VectorXd previousTheta = theta;
        const Eigen::VectorXd previousGradient = gradient;
        bool moved = false;
        if (!pairs.empty())
            moved = LineSearch::step(objective, theta, result.value, gradient, direction(pairs, gradient), 1.0);
        // Without curvature pairs, or when they mislead, fall back to a scaled steepest-descent step.
        if (!moved) {
            pairs.clear();
            moved = LineSearch::step(objective, theta, result.value, gradient, -gradient, std::min(1.0, 1.0 / gradientNorm));
        }
        if (!moved)
            break;
        Pair pair{theta - previousTheta, gradient - previousGradient, 0.0};
        const double sy = pair.s.dot(pair.y);
        // Keep only pairs with positive curvature, so the implied Hessian stays positive definite.
        if (sy > 1e-12 * pair.y.squaredNorm() && sy > 0) {
            pair.rho = 1.0 / sy;
            pairs.push_back(std::move(pair));
            if (int(pairs.size()) > m_memory)
                pairs.pop_front();
        }
    }
    result.converged = gradient.lpNorm<Eigen::Infinity>() <= m_gradientTolerance;
    return result;
}

} // namespace streamml::model::learners
