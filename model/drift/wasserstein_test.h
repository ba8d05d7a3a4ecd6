#pragma once

#include "model/drift/numeric_drift_test.h"
#include "model/drift/numeric_sample.h"

namespace streamml::model::drift {

/// First Wasserstein (earth mover's) distance, as scipy.stats.wasserstein_distance. The effect size
/// is the distance divided by the reference standard deviation, which Evidently compares with 0.1.
class WassersteinTest : public NumericDriftTest
{
public:
    /// Drift when the normalised distance reaches the threshold.
    explicit WassersteinTest(double threshold = 0.1);

    QString name() const override { return QStringLiteral("wasserstein"); }
    DriftTestResult run(const std::vector<double> &reference, const std::vector<double> &current) const override;

    static double distance(const NumericSample &first, const NumericSample &second);

private:
    double m_threshold;
};

} // namespace streamml::model::drift
