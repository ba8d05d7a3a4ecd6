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
    /// A distance has no p-value of its own; this significance test (KS or chi-square) runs beside it,
    /// so sampling noise between small or sparse samples is not read as drift.
    QString guardTest;
    double guardPValue = std::nan("");
    double adjustedPValue = std::nan(""); ///< Benjamini–Hochberg of the test's (or the guard's) p-value

    double decisivePValue() const { return std::isnan(result.pValue) ? guardPValue : result.pValue; }
    bool drifted = false;
};

} // namespace streamml::model::drift
