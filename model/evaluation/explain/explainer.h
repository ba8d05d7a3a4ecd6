#pragma once

#include "model/evaluation/explain/local_explanation.h"

#include <Eigen/Dense>
#include <QStringList>

namespace streamml::model::evaluation::explain {

/// Explains one prediction as additive feature contributions; ExplainerFactory picks the method for
/// a learner's family.
class Explainer
{
public:
    virtual ~Explainer() = default;

    /// "tree_shap", "linear_shap" or "sampling_shapley".
    virtual QString method() const = 0;
    /// Contributions of every feature to the model's output(s) for one design row.
    virtual LocalExplanation localContributions(const Eigen::RowVectorXd &row) const = 0;

    /// The features contributions are given for (design columns, or inputs for grouped sampling).
    const QStringList &features() const { return m_features; }
    const QStringList &outputs() const { return m_outputs; }

protected:
    Explainer(QStringList features, QStringList outputs);

    /// An explanation of this explainer's shape with zero contributions.
    LocalExplanation blank(const QString &scale, LocalExplanation::Space space) const;
    /// Throws Error::input unless the row has `width` values.
    void checkWidth(const Eigen::RowVectorXd &row, Eigen::Index width) const;

private:
    QStringList m_features;
    QStringList m_outputs;
};

} // namespace streamml::model::evaluation::explain
