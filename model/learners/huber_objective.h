#pragma once

#include "model/learners/design_matrix.h"
#include "model/learners/objective.h"
#include "model/learners/quadratic_penalty.h"

#include <limits>

namespace streamml::model::learners {

/// scikit-learn's HuberRegressor objective, convex in the coefficients and the scale σ together:
/// nσ + Σ H_ε(r/σ)σ plus a quadratic penalty, where r are the residuals and H_ε is quadratic up to ε
/// and linear beyond. Parameters: one coefficient per design column (the intercept is the design's
/// column of ones when there is one), then σ.
class HuberObjective : public Objective
{
public:
    HuberObjective(const DesignMatrix &design, const Eigen::VectorXd &y, double epsilon,
                   const QuadraticPenalty &penalty);

    double value(const Eigen::VectorXd &theta, Eigen::VectorXd *gradient) const override;
    /// The Hessian of the quadratic (inlier) part; the linear outlier part has none.
    Eigen::MatrixXd hessian(const Eigen::VectorXd &theta) const override;
    bool admits(const Eigen::VectorXd &theta) const override { return theta[theta.size() - 1] > kMinScale; }

    /// Rows whose residual exceeds ε·σ at `theta`.
    Eigen::Index outliers(const Eigen::VectorXd &theta) const;

    /// scikit-learn's lower bound on σ.
    static constexpr double kMinScale = 10 * std::numeric_limits<double>::epsilon();

private:
    Eigen::ArrayXd residuals(const Eigen::VectorXd &theta) const;

    const DesignMatrix &m_design;
    const Eigen::VectorXd &m_y;
    double m_epsilon;
    const QuadraticPenalty &m_penalty;
};

} // namespace streamml::model::learners
