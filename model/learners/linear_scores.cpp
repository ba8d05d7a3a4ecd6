#include "model/learners/linear_scores.h"

#include <algorithm>

namespace streamml::model::learners {

namespace {

constexpr Eigen::Index kPanelColumns = 4;

} // namespace

Eigen::MatrixXd LinearScores::of(const Eigen::MatrixXd &x, const Eigen::MatrixXd &coefficients,
                                 const Eigen::VectorXd &intercepts)
{
    Eigen::MatrixXd scores(x.rows(), coefficients.rows());
    scores.rowwise() = intercepts.transpose();
    for (Eigen::Index first = 0; first < x.cols(); first += kPanelColumns) {
        const Eigen::Index width = std::min(kPanelColumns, x.cols() - first);
        scores.noalias() += x.middleCols(first, width) * coefficients.middleCols(first, width).transpose();
    }
    return scores;
}

} // namespace streamml::model::learners
