#pragma once

#include "model/drift/numeric_drift_test.h"
#include "model/drift/numeric_sample.h"

namespace streamml::model::drift {

/// Two-sample two-sided Kolmogorov–Smirnov test, statistic and p-value as scipy.stats.ks_2samp
/// (scipy 1.10, method="auto"). The effect size is the statistic itself.
class KsTest : public NumericDriftTest
{
public:
    /// Drift when the p-value is below alpha.
    explicit KsTest(double alpha = 0.05);

    QString name() const override { return QStringLiteral("ks"); }
    DriftTestResult run(const std::vector<double> &reference, const std::vector<double> &current) const override;

    /// Largest distance between the two empirical distribution functions.
    static double statistic(const NumericSample &first, const NumericSample &second);

private:
    double m_alpha;
};

} // namespace streamml::model::drift
