#pragma once

#include "model/evaluation/explain/feature_importance.h"
#include "model/evaluation/explain/permutation_options.h"

#include <Eigen/Dense>
#include <QString>
#include <vector>

namespace streamml::model::data {
class Table;
}
namespace streamml::model::registry {
class TrainedModel;
}

namespace streamml::model::evaluation {
struct MetricDefinition;
}

namespace streamml::model::evaluation::explain {

/// Permutation importance (Breiman 2001, as scikit-learn's permutation_importance): how much a metric
/// drops when one raw feature column is shuffled, over seeded shuffles, with its spread.
class PermutationImportance
{
public:
    explicit PermutationImportance(PermutationOptions options = {});

    /// Per raw feature of the model's schema: value = mean over shuffles of (score − shuffled score),
    /// negated for metrics where smaller is better, so a positive value always means the model relies
    /// on the feature; std = population standard deviation over the shuffles. Largest first. Rows
    /// without a target are left out. Throws Error::input when no row has a target or a feature column
    /// is absent, Error::settings for a metric that does not apply to the model's task.
    std::vector<FeatureImportance> compute(const registry::TrainedModel &model, const data::Table &rows) const;

private:
    const MetricDefinition &metricFor(const registry::TrainedModel &model) const;
    static double score(const registry::TrainedModel &model, const data::Table &rows, const Eigen::VectorXd &truth,
                        const MetricDefinition &metric);

    PermutationOptions m_options;
};

} // namespace streamml::model::evaluation::explain
