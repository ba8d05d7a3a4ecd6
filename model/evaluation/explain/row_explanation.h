#pragma once

#include "model/evaluation/explain/decision_path.h"
#include "model/evaluation/explain/local_explanation.h"
#include "model/evaluation/explain/neighbour_explainer.h"
#include "model/evaluation/explain/waterfall.h"

#include <optional>
#include <vector>

namespace streamml::model::evaluation::explain {

/// Everything shown for one row: its contributions per design column and per input feature, the
/// waterfall of the main output, and the model's own evidence (a tree's path, kNN's neighbours).
struct RowExplanation
{
    LocalExplanation design;  ///< as the explainer gives it (already per input for sampling)
    LocalExplanation inputs;  ///< summed per input feature
    Waterfall waterfall;      ///< of `inputs`, for its primary output, with the row's input values
    std::optional<DecisionPath> path;                      ///< tree families
    std::vector<NeighbourExplainer::Neighbour> neighbours; ///< kNN
};

} // namespace streamml::model::evaluation::explain
