#include "model/evaluation/explain/explainer_factory.h"

#include "model/core/error.h"
#include "model/evaluation/explain/linear_shap.h"
#include "model/evaluation/explain/sampling_shapley.h"
#include "model/evaluation/explain/tree_shap.h"
#include "model/learners/decision_tree.h"

namespace streamml::model::evaluation::explain {

std::unique_ptr<Explainer> ExplainerFactory::create(std::shared_ptr<const learners::Learner> learner, const Context &context)
{
    if (!learner)
        throw core::Error::internal(QStringLiteral("no learner to explain"));
    const QStringList outputs = outputNames(*learner, context.classLabels);
    if (const auto *tree = dynamic_cast<const learners::DecisionTree *>(learner.get()))
        return std::make_unique<TreeShap>(*tree, context.design.names(), outputs);
    if (std::optional<LinearTerms> terms = LinearTerms::of(*learner))
        return std::make_unique<LinearShap>(std::move(*terms), context.background, context.design.names(), outputs);
    return std::make_unique<SamplingShapley>(std::move(learner), context.background, context.design.groups(),
                                             context.design.inputs(), outputs, context.sampling);
}

QString ExplainerFactory::methodFor(const learners::Learner &learner)
{
    if (dynamic_cast<const learners::DecisionTree *>(&learner))
        return QStringLiteral("tree_shap");
    if (LinearTerms::of(learner))
        return QStringLiteral("linear_shap");
    return QStringLiteral("sampling_shapley");
}

QStringList ExplainerFactory::outputNames(const learners::Learner &learner, const QStringList &classLabels)
{
    if (learner.task() == learners::Task::Regression)
        return {QStringLiteral("value")};
    const std::optional<LinearTerms> terms = LinearTerms::of(learner);
    if (terms && terms->coefficients.rows() == 1)
        return {LocalExplanation::classNames(2, classLabels).at(1)};
    return LocalExplanation::classNames(learner.classCount(), classLabels);
}

} // namespace streamml::model::evaluation::explain
