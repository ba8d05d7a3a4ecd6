#pragma once

#include <QString>

namespace streamml::model::drift {

/// Every threshold of the data-drift decision, with its default; read from [drift] in settings.ini.
struct DriftParameters
{
    /// Test for numeric features: "auto" (ks, or wasserstein when the reference is large) or a registered name.
    QString numericTest = QStringLiteral("auto");
    /// Test for categorical features: "auto" (chi2, or jensenshannon when the reference is large) or a registered name.
    QString categoricalTest = QStringLiteral("auto");
    /// Benjamini–Hochberg adjusted p-values below alpha may flag drift.
    double alpha = 0.05;
    /// Smallest effect (KS statistic, Cramér's V) that counts, so a huge batch cannot flag a meaningless shift.
    double minEffect = 0.1;
    /// Above this many reference values, distances decide instead of p-values (as Evidently does).
    qint64 largeReferenceRows = 1000;
    /// Threshold on the Wasserstein distance in reference standard deviations (Evidently: 0.1).
    double wassersteinThreshold = 0.1;
    /// Threshold on the Jensen–Shannon distance, natural log (Evidently: 0.1).
    double jensenShannonThreshold = 0.1;
    /// PSI at or above this is a moderate shift (warning).
    double psiWarning = 0.1;
    /// PSI at or above this is a significant shift (drift).
    double psiDrift = 0.25;
    /// Number of reference-quantile bins of numeric PSI.
    int psiBins = 10;
    /// Share used for an empty PSI bin (Evidently: 1e-4).
    double psiEmptyShare = 1e-4;
    /// The dataset drifts when at least this share of its features drift.
    double datasetDriftShare = 0.5;

    /// Throws core::Error::settings naming the first value out of range.
    void validate() const;
};

} // namespace streamml::model::drift
