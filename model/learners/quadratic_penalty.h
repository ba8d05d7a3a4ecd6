#pragma once

#include <Eigen/Dense>

namespace streamml::model::learners {

/// The quadratic term ½θᵀPθ − bᵀθ added to a data loss: the L2 penalty when fitting, and when updating,
/// the curvature of the objective already minimised (a Laplace approximation of the earlier rows).
class QuadraticPenalty
{
public:
    /// ½ Σ diagonal_i θ_i²; zero entries leave parameters such as intercepts free.
    static QuadraticPenalty ridge(const Eigen::VectorXd &diagonal);
    /// The earlier objective as a quadratic around its optimum, the earlier rows weighted by `forgetting`
    /// while the L2 penalty keeps its full weight: forgetting·½(θ−θ₀)ᵀH(θ−θ₀) + (1−forgetting)·ridge.
    static QuadraticPenalty update(const Eigen::MatrixXd &curvature, const Eigen::VectorXd &optimum,
                                   const Eigen::VectorXd &ridgeDiagonal, double forgetting);

    double value(const Eigen::VectorXd &theta) const;
    void addGradient(const Eigen::VectorXd &theta, Eigen::VectorXd &gradient) const;
    void addHessian(Eigen::MatrixXd &hessian) const;

private:
    Eigen::MatrixXd m_precision;
    Eigen::VectorXd m_linear;
};

} // namespace streamml::model::learners
