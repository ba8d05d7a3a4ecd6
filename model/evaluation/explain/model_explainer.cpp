#include "model/evaluation/explain/model_explainer.h"

#include "model/core/error.h"
#include "model/evaluation/explain/explainer_factory.h"
#include "model/evaluation/explain/linear_terms.h"
#include "model/evaluation/explain/shap_importance.h"
#include "model/evaluation/random_state.h"
#include "model/learners/decision_tree.h"
#include "model/learners/hoeffding_tree.h"
#include "model/learners/k_nearest_neighbours.h"
#include "model/registry/trained_model.h"

namespace streamml::model::evaluation::explain {

using core::Error;

ModelExplainer::ModelExplainer(std::shared_ptr<const registry::TrainedModel> model, const data::Table &background,
                               ExplainOptions options)
    : m_model(std::move(model))
{
    if (!m_model || !m_model->isTrained())
        throw Error::model(QStringLiteral("only a trained model can be explained"));
    options.validate();
    QStringList rawInputs = m_model->schema().features;
    if (!m_model->schema().timeColumn.isEmpty())
        rawInputs.append(m_model->schema().timeColumn);
    m_design = DesignMap::of(m_model->preprocessor(), rawInputs);
    const QStringList &labels = m_model->targetEncoder().classLabels();
    // The learner shares the model's lifetime, so explainers can keep it without a copy.
    const std::shared_ptr<const learners::Learner> learner(m_model, &m_model->learner());
    const ExplainerFactory::Context context{m_design, labels, backgroundDesign(background, options), options.sampling};
    m_explainer = ExplainerFactory::create(learner, context);
    addFamilyViews(labels, ExplainerFactory::outputNames(*learner, labels));
}

Eigen::MatrixXd ModelExplainer::backgroundDesign(const data::Table &background, const ExplainOptions &options) const
{
    if (background.rowCount() <= options.backgroundRows)
        return m_model->design(background);
    const std::vector<Eigen::Index> order = RandomState(options.seed).permutation(background.rowCount());
    return m_model->design(background.take(std::vector<qsizetype>(order.begin(), order.begin() + options.backgroundRows)));
}

void ModelExplainer::addFamilyViews(const QStringList &classLabels, const QStringList &outputs)
{
    const learners::Learner &learner = m_model->learner();
    if (const auto *tree = dynamic_cast<const learners::DecisionTree *>(&learner))
        m_diagram = TreeDiagram::of(*tree, m_design, classLabels);
    if (const auto *hoeffding = dynamic_cast<const learners::HoeffdingTree *>(&learner))
        m_diagram = TreeDiagram::of(*hoeffding, m_design, classLabels);
    if (LinearTerms::of(learner))
        m_coefficients = CoefficientTable::of(learner, m_design, outputs);
    if (const auto *knn = dynamic_cast<const learners::KNearestNeighbours *>(&learner))
        m_neighbours.emplace(std::shared_ptr<const learners::KNearestNeighbours>(m_model, knn), classLabels);
}

RowExplanation ModelExplainer::explain(const data::Table &rows, qsizetype row) const
{
    if (row < 0 || row >= rows.rowCount())
        throw Error::input(QStringLiteral("explanations: row %1 is outside 0..%2").arg(row).arg(rows.rowCount() - 1));
    const Eigen::RowVectorXd x = m_model->design(rows.slice(row, 1)).row(0);
    RowExplanation result;
    result.design = m_explainer->localContributions(x);
    result.inputs = toInputs(result.design);
    QStringList values;
    for (qsizetype input = 0; input < m_design.inputs().size(); ++input)
        values.append(m_design.inputText(x, int(input)));
    result.waterfall = Waterfall::of(result.inputs, result.inputs.primaryOutput(), values);
    if (m_diagram)
        result.path = DecisionPath::read(*m_diagram, m_design, x);
    if (m_neighbours)
        result.neighbours = m_neighbours->neighbours(x);
    return result;
}

LocalExplanation ModelExplainer::toInputs(const LocalExplanation &explanation) const
{
    if (explanation.space == LocalExplanation::Space::Input)
        return explanation;
    LocalExplanation summed = explanation;
    summed.space = LocalExplanation::Space::Input;
    summed.features = m_design.inputs();
    summed.contributions = m_design.sumByInput(explanation.contributions);
    return summed;
}

std::vector<FeatureImportance> ModelExplainer::shapImportance(const data::Table &rows) const
{
    return ShapImportance::meanAbsolute(*m_explainer, m_model->design(rows), &m_design);
}

} // namespace streamml::model::evaluation::explain
