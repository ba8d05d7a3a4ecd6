#pragma once

#include "model/evaluation/explain/feature_importance.h"

#include <Eigen/Dense>
#include <vector>

namespace streamml::model::evaluation::explain {

class DesignMap;
class Explainer;

/// Global importance as the mean absolute SHAP value over a sample of rows (Lundberg et al. 2020,
/// Nature Machine Intelligence 2, "From local explanations to global understanding").
class ShapImportance
{
public:
    /// Per feature: value = mean over rows of |contribution| (averaged over the outputs), std = its
    /// standard deviation over the rows; largest first. With `inputs`, design-space contributions
    /// are summed per input feature before taking the magnitude. Throws Error::input for no rows.
    static std::vector<FeatureImportance> meanAbsolute(const Explainer &explainer, const Eigen::MatrixXd &rows,
                                                       const DesignMap *inputs = nullptr);
};

} // namespace streamml::model::evaluation::explain
