#pragma once

#include <QString>
#include <algorithm>
#include <vector>

namespace streamml::model::evaluation::explain {

/// How much one feature matters to a model by one method, with the spread of that estimate.
struct FeatureImportance
{
    QString feature;
    double value = 0; ///< mean |SHAP| or mean metric drop; larger matters more
    double std = 0;   ///< population standard deviation over rows (SHAP) or over shuffles (permutation)

    /// Largest value first, ties by name, so rankings are stable.
    static void sort(std::vector<FeatureImportance> &importances)
    {
        std::sort(importances.begin(), importances.end(), [](const FeatureImportance &a, const FeatureImportance &b) {
            return a.value != b.value ? a.value > b.value : a.feature < b.feature;
        });
    }
};

} // namespace streamml::model::evaluation::explain
