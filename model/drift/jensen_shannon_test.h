#pragma once

#include "model/drift/categorical_drift_test.h"

namespace streamml::model::drift {

/// Jensen–Shannon distance (natural logarithm) between the category frequencies of the two sides,
/// as scipy.spatial.distance.jensenshannon(p, q). The effect size is the distance.
class JensenShannonTest : public CategoricalDriftTest
{
public:
    /// Drift when the distance reaches the threshold (Evidently's default 0.1).
    explicit JensenShannonTest(double threshold = 0.1);

    QString name() const override { return QStringLiteral("jensenshannon"); }
    DriftTestResult run(const CategoryCounts &counts) const override;

    static double distance(const CategoryCounts &counts);

private:
    double m_threshold;
};

} // namespace streamml::model::drift
