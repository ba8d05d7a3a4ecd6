#include "model/evaluation/explain/shap_importance.h"

#include "model/core/error.h"
#include "model/evaluation/explain/design_map.h"
#include "model/evaluation/explain/explainer.h"

#include <cmath>

namespace streamml::model::evaluation::explain {

std::vector<FeatureImportance> ShapImportance::meanAbsolute(const Explainer &explainer, const Eigen::MatrixXd &rows,
                                                            const DesignMap *inputs)
{
    if (rows.rows() == 0)
        throw core::Error::input(QStringLiteral("mean |SHAP| needs at least one row"));
    QStringList names;
    Eigen::MatrixXd magnitudes; // features × rows
    for (Eigen::Index r = 0; r < rows.rows(); ++r) {
        const LocalExplanation e = explainer.localContributions(rows.row(r));
        const bool sum = inputs && e.space == LocalExplanation::Space::Design;
        const Eigen::MatrixXd contributions = sum ? inputs->sumByInput(e.contributions) : e.contributions;
        if (r == 0) {
            names = sum ? inputs->inputs() : e.features;
            magnitudes.resize(contributions.rows(), rows.rows());
        }
        magnitudes.col(r) = contributions.cwiseAbs().rowwise().mean();
    }
    std::vector<FeatureImportance> result;
    for (Eigen::Index f = 0; f < magnitudes.rows(); ++f) {
        const double mean = magnitudes.row(f).mean();
        const double spread = std::sqrt((magnitudes.row(f).array() - mean).square().mean());
        result.push_back({names.at(f), mean, spread});
    }
    FeatureImportance::sort(result);
    return result;
}

} // namespace streamml::model::evaluation::explain
