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
    addProduct(x, coefficients.transpose(), scores);
    return scores;
}

Eigen::MatrixXd LinearScores::product(const Eigen::MatrixXd &x, const Eigen::Ref<const Eigen::MatrixXd> &m)
{
    Eigen::MatrixXd result = Eigen::MatrixXd::Zero(x.rows(), m.cols());
    addProduct(x, m, result);
    return result;
}

void LinearScores::addProduct(const Eigen::MatrixXd &x, const Eigen::Ref<const Eigen::MatrixXd> &m,
                              Eigen::MatrixXd &result)
{
    for (Eigen::Index first = 0; first < x.cols(); first += kPanelColumns) {
        const Eigen::Index width = std::min(kPanelColumns, x.cols() - first);
        result.noalias() += x.middleCols(first, width) * m.middleRows(first, width);
    }
}

} // namespace streamml::model::learners
