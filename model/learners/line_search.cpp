#include "model/learners/line_search.h"

#include <algorithm>
#include <cmath>

namespace streamml::model::learners {

bool LineSearch::step(const Objective &objective, Eigen::VectorXd &theta, double &value, Eigen::VectorXd &gradient,
                      const Eigen::VectorXd &direction, double initial)
{
    constexpr double kSufficientDecrease = 1e-4;
    constexpr int kMaxHalvings = 60;
    const double slope = gradient.dot(direction);
    if (!(slope < 0))
        return false;
    Eigen::VectorXd trial(theta.size());
    Eigen::VectorXd trialGradient(theta.size());
    double length = initial;
    for (int i = 0; i < kMaxHalvings; ++i, length *= 0.5) {
        trial = theta + length * direction;
        if (!objective.admits(trial))
            continue;
        const double trialValue = objective.value(trial, &trialGradient);
        // Near the optimum the decrease drowns in rounding of the value; a step that keeps the value
        // within that rounding and shrinks the gradient is still progress.
        const bool decreases = trialValue <= value + kSufficientDecrease * length * slope;
        const bool flatButCloser = std::abs(trialValue - value) <= 1e-13 * std::max(1.0, std::abs(value))
                                   && trialGradient.squaredNorm() < gradient.squaredNorm();
        if (std::isfinite(trialValue) && (decreases || flatButCloser)) {
            theta.swap(trial);
            gradient.swap(trialGradient);
            value = trialValue;
            return true;
        }
    }
    return false;
}

} // namespace streamml::model::learners
