#include "model/learners/huber_objective.h"

namespace streamml::model::learners {

HuberObjective::HuberObjective(const DesignMatrix &design, const Eigen::VectorXd &y, double epsilon,
                               const QuadraticPenalty &penalty)
    : m_design(design)
    , m_y(y)
    , m_epsilon(epsilon)
    , m_penalty(penalty)
{
}

Eigen::ArrayXd HuberObjective::residuals(const Eigen::VectorXd &theta) const
{
    return (m_y - m_design.times(theta.head(m_design.cols()))).array();
}

double HuberObjective::value(const Eigen::VectorXd &theta, Eigen::VectorXd *gradient) const
{
    const double sigma = theta[theta.size() - 1];
    const Eigen::ArrayXd r = residuals(theta);
    const Eigen::ArrayXd inlier = (r.abs() <= m_epsilon * sigma).cast<double>();
    const double outliers = double(r.size()) - inlier.sum();
    const double squares = (inlier * r.square()).sum();
    const double n = double(r.size());
    const double loss = n * sigma + squares / sigma + 2 * m_epsilon * ((1 - inlier) * r.abs()).sum()
                        - sigma * outliers * m_epsilon * m_epsilon;
    if (gradient) {
        // d loss / d residual: 2r/σ for inliers, 2ε·sign(r) for outliers.
        const Eigen::ArrayXd slope = inlier * (2 * r / sigma) + (1 - inlier) * (2 * m_epsilon * r.sign());
        gradient->resize(theta.size());
        gradient->head(m_design.cols()) = -m_design.transposeTimes(slope.matrix());
        (*gradient)[theta.size() - 1] = n - outliers * m_epsilon * m_epsilon - squares / (sigma * sigma);
        m_penalty.addGradient(theta, *gradient);
    }
    return loss + m_penalty.value(theta);
}

Eigen::MatrixXd HuberObjective::hessian(const Eigen::VectorXd &theta) const
{
    const Eigen::Index c = m_design.cols();
    const double sigma = theta[theta.size() - 1];
    const Eigen::ArrayXd r = residuals(theta);
    const Eigen::ArrayXd inlier = (r.abs() <= m_epsilon * sigma).cast<double>();
    // Per inlier, r²/σ has the Hessian [2aaᵀ/σ, 2ra/σ²; 2raᵀ/σ², 2r²/σ³] in (coefficients, σ).
    Eigen::MatrixXd h(c + 1, c + 1);
    h.topLeftCorner(c, c) = m_design.gram((inlier * 2 / sigma).matrix());
    const Eigen::VectorXd cross = m_design.transposeTimes((inlier * 2 * r / (sigma * sigma)).matrix());
    h.block(0, c, c, 1) = cross;
    h.block(c, 0, 1, c) = cross.transpose();
    h(c, c) = 2 * (inlier * r.square()).sum() / (sigma * sigma * sigma);
    m_penalty.addHessian(h);
    return h;
}

Eigen::Index HuberObjective::outliers(const Eigen::VectorXd &theta) const
{
    return (residuals(theta).abs() > m_epsilon * theta[theta.size() - 1]).count();
}

} // namespace streamml::model::learners
