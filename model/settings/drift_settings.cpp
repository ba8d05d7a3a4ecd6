#include "model/settings/drift_settings.h"

#include "model/settings/settings.h"

namespace streamml::model::settings {

DriftSettings DriftSettings::from(const Settings &s)
{
    const QString d = QStringLiteral("drift");
    DriftSettings r;
    r.reference = s.text(d, QStringLiteral("reference")) == u"last_n" ? Reference::LastN : Reference::Champion;
    r.referenceBatches = int(s.integer(d, QStringLiteral("reference_batches")));
    drift::DriftParameters &p = r.parameters;
    p.numericTest = s.text(d, QStringLiteral("numeric_test"));
    p.categoricalTest = s.text(d, QStringLiteral("categorical_test"));
    p.alpha = s.real(d, QStringLiteral("alpha"));
    p.minEffect = s.real(d, QStringLiteral("min_effect"));
    p.largeReferenceRows = s.integer(d, QStringLiteral("large_reference_rows"));
    p.wassersteinThreshold = s.real(d, QStringLiteral("wasserstein_threshold"));
    p.jensenShannonThreshold = s.real(d, QStringLiteral("jensenshannon_threshold"));
    p.psiWarning = s.real(d, QStringLiteral("psi_warning"));
    p.psiDrift = s.real(d, QStringLiteral("psi_drift"));
    p.psiBins = int(s.integer(d, QStringLiteral("psi_bins")));
    p.datasetDriftShare = s.real(d, QStringLiteral("dataset_drift_share"));
    p.validate();
    return r;
}

} // namespace streamml::model::settings
