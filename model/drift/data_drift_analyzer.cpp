#include "model/drift/data_drift_analyzer.h"

#include "model/core/error.h"

namespace streamml::model::drift {

DataDriftAnalyzer::DataDriftAnalyzer(DriftParameters parameters)
    : m_policy(parameters)
    , m_registry(parameters)
{
}

DatasetDrift DataDriftAnalyzer::analyze(const data::Table &reference, const data::Table &current, const QStringList &features) const
{
    std::vector<FeatureDrift> results;
    results.reserve(size_t(features.size()));
    for (const QString &feature : features)
        results.push_back(analyzeFeature(reference.column(feature), current.column(feature)));
    return m_policy.decide(std::move(results));
}

FeatureDrift DataDriftAnalyzer::analyzeFeature(const data::Column &reference, const data::Column &current) const
{
    if (reference.kind() != current.kind())
        throw core::Error::input(QStringLiteral("drift: feature \"%1\" is %2 in the reference but %3 in the batch")
                                     .arg(reference.name(), data::Column::kindName(reference.kind()),
                                          data::Column::kindName(current.kind())));
    if (reference.isTime())
        throw core::Error::input(QStringLiteral("drift: feature \"%1\" is a time column").arg(reference.name()));
    FeatureDrift feature;
    feature.feature = reference.name();
    feature.referenceRows = reference.size() - reference.missingCount();
    feature.currentRows = current.size() - current.missingCount();
    try {
        feature.result = runTest(reference, current, feature.referenceRows);
        if (std::isnan(feature.result.pValue))
            addGuard(reference, current, feature);
    } catch (const core::Error &error) {
        // The tests do not know which feature they ran on; add it so the message can be acted on.
        throw core::Error(error.kind(), QStringLiteral("drift: feature \"%1\": %2").arg(feature.feature, error.message()));
    }
    return feature;
}

void DataDriftAnalyzer::addGuard(const data::Column &reference, const data::Column &current, FeatureDrift &feature) const
{
    feature.guardTest = reference.isNumeric() ? QStringLiteral("ks") : QStringLiteral("chi2");
    const DriftTestResult guard = reference.isNumeric()
                                      ? m_registry.numeric(feature.guardTest)->run(reference.numbers(), current.numbers())
                                      : m_registry.categorical(feature.guardTest)->run(CategoryCounts::fromColumns(reference, current));
    feature.guardPValue = guard.pValue;
}

DriftTestResult DataDriftAnalyzer::runTest(const data::Column &reference, const data::Column &current, qint64 referenceRows) const
{
    if (reference.isNumeric())
        return m_registry.numeric(m_policy.numericTest(referenceRows))->run(reference.numbers(), current.numbers());
    return m_registry.categorical(m_policy.categoricalTest(referenceRows))->run(CategoryCounts::fromColumns(reference, current));
}

} // namespace streamml::model::drift
