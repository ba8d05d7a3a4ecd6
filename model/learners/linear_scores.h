#pragma once

#include <Eigen/Dense>

namespace streamml::model::learners {

/// The scores X·Wᵀ + b of a linear model, read four columns of X at a time: a tall column-major X is
/// then read as four sequential streams, which the memory system serves at full speed where a
/// general matrix-vector product's many interleaved streams, or a packed copy of X, are slower.
class LinearScores
{
public:
    /// One score column per row of `coefficients`, plus that row's intercept.
    static Eigen::MatrixXd of(const Eigen::MatrixXd &x, const Eigen::MatrixXd &coefficients,
                              const Eigen::VectorXd &intercepts);
    /// X·M, read the same way.
    static Eigen::MatrixXd product(const Eigen::MatrixXd &x, const Eigen::Ref<const Eigen::MatrixXd> &m);

private:
    /// result += X·M, four columns of X at a time.
    static void addProduct(const Eigen::MatrixXd &x, const Eigen::Ref<const Eigen::MatrixXd> &m, Eigen::MatrixXd &result);
};

} // namespace streamml::model::learners
