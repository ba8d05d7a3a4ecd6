#include "model/learners/quadratic_penalty.h"

namespace streamml::model::learners {

QuadraticPenalty QuadraticPenalty::ridge(const Eigen::VectorXd &diagonal)
{
    QuadraticPenalty p;
    p.m_precision = diagonal.asDiagonal();
    p.m_linear = Eigen::VectorXd::Zero(diagonal.size());
    return p;
}

QuadraticPenalty QuadraticPenalty::update(const Eigen::MatrixXd &curvature, const Eigen::VectorXd &optimum,
                                          const Eigen::VectorXd &ridgeDiagonal, double forgetting)
{
    QuadraticPenalty p;
    p.m_precision = forgetting * curvature;
    p.m_precision.diagonal() += (1 - forgetting) * ridgeDiagonal;
    p.m_linear = forgetting * (curvature * optimum);
    return p;
}

double QuadraticPenalty::value(const Eigen::VectorXd &theta) const
{
    return 0.5 * theta.dot(m_precision * theta) - m_linear.dot(theta);
}

void QuadraticPenalty::addGradient(const Eigen::VectorXd &theta, Eigen::VectorXd &gradient) const
{
    gradient.noalias() += m_precision * theta;
    gradient -= m_linear;
}

void QuadraticPenalty::addHessian(Eigen::MatrixXd &hessian) const
{
    hessian += m_precision;
}

} // namespace streamml::model::learners
