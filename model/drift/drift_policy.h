#pragma once

#include "model/drift/dataset_drift.h"
#include "model/drift/drift_parameters.h"

namespace streamml::model::drift {

/// Decides which test each feature gets and, from the results, which features and whether the
/// batch drifted. P-values are adjusted across features (Benjamini–Hochberg) and must come with an
/// effect size above the minimum, so a huge batch does not flag a meaningless shift; with a large
/// reference, distances decide instead of p-values, as in Evidently, but only where a significance
/// test beside the distance rules out sampling noise (sparse categories inflate distances).
class DriftPolicy
{
public:
    /// Throws core::Error::settings when a parameter is out of range.
    explicit DriftPolicy(DriftParameters parameters = {});

    const DriftParameters &parameters() const { return m_parameters; }
    bool isLargeReference(qint64 referenceRows) const { return referenceRows > m_parameters.largeReferenceRows; }
    /// The registered test name a numeric feature with this many reference values gets.
    QString numericTest(qint64 referenceRows) const;
    QString categoricalTest(qint64 referenceRows) const;

    /// Adjusts the p-values across the features, flags each feature and the dataset.
    DatasetDrift decide(std::vector<FeatureDrift> features) const;
    /// The flag of one feature whose adjusted p-value is already set.
    bool featureDrifted(const FeatureDrift &feature) const;

private:
    DriftParameters m_parameters;
};

} // namespace streamml::model::drift
