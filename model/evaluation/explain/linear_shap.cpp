#include "model/evaluation/explain/linear_shap.h"

#include "model/core/error.h"

namespace streamml::model::evaluation::explain {

using core::Error;

LinearShap::LinearShap(LinearTerms terms, const Eigen::MatrixXd &background, QStringList features, QStringList outputs)
    : Explainer(std::move(features), std::move(outputs))
    , m_terms(std::move(terms))
{
    const Eigen::Index width = m_terms.coefficients.cols();
    if (this->features().size() != width || this->outputs().size() != m_terms.coefficients.rows())
        throw Error::input(QStringLiteral("linear_shap: %1 feature and %2 output names for a model of %3 × %4 coefficients")
                               .arg(this->features().size())
                               .arg(this->outputs().size())
                               .arg(m_terms.coefficients.rows())
                               .arg(width));
    if (background.rows() == 0 || background.cols() != width)
        throw Error::input(QStringLiteral("linear_shap: the background has %1 rows of %2 columns; it needs rows of %3")
                               .arg(background.rows())
                               .arg(background.cols())
                               .arg(width));
    if (background.hasNaN())
        throw Error::input(QStringLiteral("linear_shap: the background holds missing values; linear models take imputed rows"));
    m_mean = background.colwise().mean();
}

LocalExplanation LinearShap::localContributions(const Eigen::RowVectorXd &row) const
{
    checkWidth(row, m_mean.size());
    LocalExplanation e = blank(m_terms.scale, LocalExplanation::Space::Design);
    const Eigen::RowVectorXd centred = row - m_mean;
    for (Eigen::Index o = 0; o < m_terms.coefficients.rows(); ++o)
        e.contributions.col(o) = m_terms.coefficients.row(o).cwiseProduct(centred).transpose();
    e.base = (m_terms.coefficients * m_mean.transpose() + m_terms.intercepts).transpose();
    e.prediction = (m_terms.coefficients * row.transpose() + m_terms.intercepts).transpose();
    return e;
}

} // namespace streamml::model::evaluation::explain
