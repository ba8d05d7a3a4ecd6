#pragma once

#include <QString>

namespace streamml::model::evaluation::explain {

/// What permutation importance scores and how often it shuffles.
struct PermutationOptions
{
    /// A MetricRegistry name; empty: accuracy for classification, r2 for regression (scikit-learn's default scores).
    QString metric;
    int repeats = 5;  ///< shuffles per feature
    quint32 seed = 0; ///< seeds numpy's RandomState; every feature gets the same shuffles, as in scikit-learn

    /// Throws Error::settings naming a value out of range or an unknown metric.
    void validate() const;
};

} // namespace streamml::model::evaluation::explain
