#pragma once

#include "model/data/table.h"
#include "model/drift/dataset_drift.h"
#include "model/drift/drift_policy.h"
#include "model/drift/drift_test_registry.h"

#include <QStringList>

namespace streamml::model::drift {

/// Runs the chosen drift test on every feature of a batch against the reference and applies the policy.
class DataDriftAnalyzer
{
public:
    /// Throws core::Error::settings when a parameter is out of range.
    explicit DataDriftAnalyzer(DriftParameters parameters = {});

    /// Features are column names present in both tables, numeric or categorical. Throws core::Error::input
    /// for a missing column, a time column, kinds that differ, or a side without values.
    DatasetDrift analyze(const data::Table &reference, const data::Table &current, const QStringList &features) const;

private:
    FeatureDrift analyzeFeature(const data::Column &reference, const data::Column &current) const;
    void addGuard(const data::Column &reference, const data::Column &current, FeatureDrift &feature) const;
    DriftTestResult runTest(const data::Column &reference, const data::Column &current, qint64 referenceRows) const;

    DriftPolicy m_policy;
    DriftTestRegistry m_registry;
};

} // namespace streamml::model::drift
