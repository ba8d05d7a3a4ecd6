#include "model/drift/drift_parameters.h"

#include "model/core/error.h"
#include "model/drift/drift_test_registry.h"

namespace streamml::model::drift {

namespace {

void require(bool ok, const QString &key, double value, const QString &range)
{
    if (!ok)
        throw core::Error::settings(QStringLiteral("[drift] %1 = %2 is out of range; accepted: %3").arg(key).arg(value).arg(range));
}

void requireTest(const QString &name, const QString &key, const QStringList &registered)
{
    if (name != u"auto" && !registered.contains(name))
        throw core::Error::settings(QStringLiteral("[drift] %1 = %2 is unknown; accepted: auto, %3")
                                        .arg(key, name, registered.join(QStringLiteral(", "))));
}

} // namespace

void DriftParameters::validate() const
{
    requireTest(numericTest, QStringLiteral("numeric_test"), DriftTestRegistry::numericNames());
    requireTest(categoricalTest, QStringLiteral("categorical_test"), DriftTestRegistry::categoricalNames());
    require(alpha > 0 && alpha < 1, QStringLiteral("alpha"), alpha, QStringLiteral("0 < alpha < 1"));
    require(minEffect >= 0, QStringLiteral("min_effect"), minEffect, QStringLiteral(">= 0"));
    require(largeReferenceRows >= 1, QStringLiteral("large_reference_rows"), double(largeReferenceRows), QStringLiteral(">= 1"));
    require(wassersteinThreshold > 0, QStringLiteral("wasserstein_threshold"), wassersteinThreshold, QStringLiteral("> 0"));
    require(jensenShannonThreshold > 0, QStringLiteral("jensenshannon_threshold"), jensenShannonThreshold, QStringLiteral("> 0"));
    require(psiWarning > 0, QStringLiteral("psi_warning"), psiWarning, QStringLiteral("> 0"));
    require(psiDrift >= psiWarning, QStringLiteral("psi_drift"), psiDrift, QStringLiteral(">= psi_warning"));
    require(psiBins >= 2, QStringLiteral("psi_bins"), psiBins, QStringLiteral(">= 2"));
    require(psiEmptyShare > 0 && psiEmptyShare < 1, QStringLiteral("psi_empty_share"), psiEmptyShare, QStringLiteral("0 < share < 1"));
    require(datasetDriftShare > 0 && datasetDriftShare <= 1, QStringLiteral("dataset_drift_share"), datasetDriftShare,
            QStringLiteral("0 < share <= 1"));
}

} // namespace streamml::model::drift
