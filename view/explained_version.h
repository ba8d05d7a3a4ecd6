#pragma once

#include "model/evaluation/explain/coefficient_table.h"
#include "model/evaluation/explain/tree_diagram.h"

#include <QString>
#include <optional>

namespace streamml::view {

/// What one model version shows whatever row is chosen: its family, how its rows are explained,
/// and its tree or coefficients where the family has them.
struct ExplainedVersion
{
    int version = -1;
    QString family;
    QString method; ///< "tree_shap", "linear_shap" or "sampling_shapley"
    std::optional<model::evaluation::explain::TreeDiagram> tree;
    std::optional<model::evaluation::explain::CoefficientTable> coefficients;
    bool hasNeighbours = false; ///< kNN: rows are explained by their nearest training rows too
};

} // namespace streamml::view
