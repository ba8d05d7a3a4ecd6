#pragma once

#include "model/drift/drift_test_result.h"

#include <QString>
#include <cmath>

namespace streamml::model::drift {

/// The drift verdict on one feature: the test that ran, its p-value adjusted across features, the flag.
struct FeatureDrift
{
    QString feature;
    qint64 referenceRows = 0;  ///< non-missing reference values the test saw
    qint64 currentRows = 0;    ///< non-missing current values the test saw
    DriftTestResult result;
    double adjustedPValue = std::nan(""); ///< Benjamini–Hochberg; NaN for distances
    bool drifted = false;
};

} // namespace streamml::model::drift
