#pragma once

#include "model/evaluation/explain/explainer.h"
#include "model/evaluation/explain/linear_terms.h"

namespace streamml::model::evaluation::explain {

/// Exact interventional SHAP of a linear model with independent features (Lundberg & Lee 2017,
/// linear SHAP): φ_oj = w_oj (x_j − E[x_j]) with E over a background sample, on the model's linear
/// score (log-odds for a binary logistic model, one margin per class for a multinomial one).
class LinearShap final : public Explainer
{
public:
    /// Throws Error::input when the background is empty, holds missing values or has another width.
    LinearShap(LinearTerms terms, const Eigen::MatrixXd &background, QStringList features, QStringList outputs);

    QString method() const override { return QStringLiteral("linear_shap"); }
    LocalExplanation localContributions(const Eigen::RowVectorXd &row) const override;

private:
    LinearTerms m_terms;
    Eigen::RowVectorXd m_mean; ///< background mean of each design column
};

} // namespace streamml::model::evaluation::explain
