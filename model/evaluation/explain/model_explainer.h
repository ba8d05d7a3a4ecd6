#pragma once

#include "model/evaluation/explain/coefficient_table.h"
#include "model/evaluation/explain/design_map.h"
#include "model/evaluation/explain/explainer.h"
#include "model/evaluation/explain/feature_importance.h"
#include "model/evaluation/explain/row_explanation.h"
#include "model/evaluation/explain/explain_options.h"
#include "model/evaluation/explain/tree_diagram.h"

#include <memory>
#include <optional>

namespace streamml::model::data {
class Table;
}
namespace streamml::model::registry {
class TrainedModel;
}

namespace streamml::model::evaluation::explain {

/// Explains a trained model through one object, for the GUI and the pipeline: the explainer its
/// family calls for (over a background drawn from given rows), per-row explanations in input terms,
/// and the tree diagram or coefficient table where the family has one.
class ModelExplainer
{
public:
    /// `background` holds raw rows like the training rows (a linear model needs at least one).
    /// Throws Error::model for an untrained model.
    ModelExplainer(std::shared_ptr<const registry::TrainedModel> model, const data::Table &background, ExplainOptions options = {});

    const Explainer &explainer() const { return *m_explainer; }
    const DesignMap &design() const { return m_design; }

    /// Throws Error::input when `row` is outside the table.
    RowExplanation explain(const data::Table &rows, qsizetype row) const;
    /// Mean |SHAP| per input feature over the table's rows.
    std::vector<FeatureImportance> shapImportance(const data::Table &rows) const;
    /// The tree families' structure; nullopt for the others.
    const std::optional<TreeDiagram> &treeDiagram() const { return m_diagram; }
    /// The linear families' coefficients; nullopt for the others.
    const std::optional<CoefficientTable> &coefficients() const { return m_coefficients; }

private:
    Eigen::MatrixXd backgroundDesign(const data::Table &background, const ExplainOptions &options) const;
    LocalExplanation toInputs(const LocalExplanation &explanation) const;
    void addFamilyViews(const QStringList &classLabels, const QStringList &outputs);

    std::shared_ptr<const registry::TrainedModel> m_model;
    DesignMap m_design;
    std::unique_ptr<Explainer> m_explainer;
    std::optional<TreeDiagram> m_diagram;
    std::optional<CoefficientTable> m_coefficients;
    std::optional<NeighbourExplainer> m_neighbours;
};

} // namespace streamml::model::evaluation::explain
