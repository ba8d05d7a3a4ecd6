#pragma once

#include "model/evaluation/explain/design_map.h"
#include "model/evaluation/explain/explainer.h"
#include "model/evaluation/explain/sampling_options.h"

#include <memory>

namespace streamml::model::learners {
class Learner;
}

namespace streamml::model::evaluation::explain {

/// Chooses the explainer for a learner's family: TreeSHAP for the CART tree, LinearSHAP for the
/// logistic, ridge, SGD and Huber models, permutation sampling for kNN, the Hoeffding tree and others.
class ExplainerFactory
{
public:
    /// What explainers need beside the learner.
    struct Context
    {
        DesignMap design;           ///< names the design columns; its inputs are the sampling players
        QStringList classLabels;    ///< class names in index order ("class i" where missing)
        Eigen::MatrixXd background; ///< design rows the expectations run over (LinearSHAP, sampling)
        SamplingOptions sampling;
    };

    /// Throws Error::input when the design map does not fit the learner or a needed background is missing.
    static std::unique_ptr<Explainer> create(std::shared_ptr<const learners::Learner> learner, const Context &context);
    /// "tree_shap", "linear_shap" or "sampling_shapley", as create() chooses.
    static QString methodFor(const learners::Learner &learner);
    /// What the learner's explanations name their outputs: "value" for regression, the label of class 1
    /// for a linear model's single binary score, else one class label per class.
    static QStringList outputNames(const learners::Learner &learner, const QStringList &classLabels);
};

} // namespace streamml::model::evaluation::explain
