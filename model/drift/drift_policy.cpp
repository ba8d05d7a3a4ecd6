#include "model/drift/drift_policy.h"

#include "model/drift/benjamini_hochberg.h"

#include <cmath>
#include <utility>

namespace streamml::model::drift {

DriftPolicy::DriftPolicy(DriftParameters parameters)
    : m_parameters(std::move(parameters))
{
    m_parameters.validate();
}

QString DriftPolicy::numericTest(qint64 referenceRows) const
{
    if (m_parameters.numericTest != u"auto")
        return m_parameters.numericTest;
    return isLargeReference(referenceRows) ? QStringLiteral("wasserstein") : QStringLiteral("ks");
}

QString DriftPolicy::categoricalTest(qint64 referenceRows) const
{
    if (m_parameters.categoricalTest != u"auto")
        return m_parameters.categoricalTest;
    return isLargeReference(referenceRows) ? QStringLiteral("jensenshannon") : QStringLiteral("chi2");
}

DatasetDrift DriftPolicy::decide(std::vector<FeatureDrift> features) const
{
    std::vector<double> pValues;
    pValues.reserve(features.size());
    for (const FeatureDrift &feature : features)
        pValues.push_back(feature.decisivePValue());
    const std::vector<double> adjusted = BenjaminiHochberg::adjust(pValues);

    DatasetDrift dataset;
    for (size_t i = 0; i < features.size(); ++i) {
        features[i].adjustedPValue = adjusted[i];
        features[i].drifted = featureDrifted(features[i]);
        dataset.driftedCount += features[i].drifted ? 1 : 0;
    }
    dataset.features = std::move(features);
    if (!dataset.features.empty())
        dataset.driftShare = double(dataset.driftedCount) / double(dataset.features.size());
    dataset.drifted = !dataset.features.empty() && dataset.driftShare >= m_parameters.datasetDriftShare;
    return dataset;
}

bool DriftPolicy::featureDrifted(const FeatureDrift &feature) const
{
    const DriftTestResult &result = feature.result;
    // A distance decides by its own threshold, provided the guard test says the shift is not noise.
    if (std::isnan(result.pValue))
        return result.drift && (std::isnan(feature.guardPValue) || feature.adjustedPValue < m_parameters.alpha);
    const bool largeEffect = result.effect >= m_parameters.minEffect;
    // With a large reference almost any shift is significant, so only the effect size counts.
    if (isLargeReference(feature.referenceRows))
        return largeEffect;
    return feature.adjustedPValue < m_parameters.alpha && largeEffect;
}

} // namespace streamml::model::drift
