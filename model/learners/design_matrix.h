#pragma once

#include <Eigen/Dense>
#include <Eigen/SparseCore>

namespace streamml::model::learners {

/// The rows a linear model trains on, with a last column of ones for the intercept when asked. Kept
/// sparse when most entries are zero (one-hot outputs), so products cost only the non-zero entries.
class DesignMatrix
{
public:
    DesignMatrix(const Eigen::MatrixXd &x, bool interceptColumn);

    /// True when most entries of x are zero, so sparse storage pays.
    static bool prefersSparse(const Eigen::MatrixXd &x);

    Eigen::Index rows() const { return m_rows; }
    Eigen::Index cols() const { return m_cols; }

    /// X · m.
    Eigen::MatrixXd times(const Eigen::Ref<const Eigen::MatrixXd> &m) const;
    /// Xᵀ · m.
    Eigen::MatrixXd transposeTimes(const Eigen::Ref<const Eigen::MatrixXd> &m) const;
    /// Xᵀ · diag(weights) · X.
    Eigen::MatrixXd gram(const Eigen::Ref<const Eigen::VectorXd> &weights) const;

private:
    Eigen::MatrixXd sparseGram(const Eigen::Ref<const Eigen::VectorXd> &weights) const;

    Eigen::Index m_rows;
    Eigen::Index m_cols;
    bool m_sparse;
    Eigen::MatrixXd m_dense;
    Eigen::SparseMatrix<double> m_sparseX;
    Eigen::SparseMatrix<double, Eigen::RowMajor> m_sparseRows; ///< the same entries row by row, for gram()
};

} // namespace streamml::model::learners
