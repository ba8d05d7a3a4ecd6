#pragma once

#include <QString>
#include <cmath>

namespace streamml::model::drift {

/// What one data-drift test found on one feature: its statistic, p-value, effect size and verdict.
struct DriftTestResult
{
    QString test;                  ///< registered name ("ks", "psi", ...)
    double statistic = std::nan("");
    double pValue = std::nan("");  ///< NaN for distances, which have no p-value
    double effect = std::nan("");  ///< size of the shift, comparable across sample sizes
    bool drift = false;            ///< the test's own threshold is crossed
    bool warning = false;          ///< moderate shift below the drift threshold (PSI's lower band)
};

} // namespace streamml::model::drift
