#pragma once

#include "model/drift/numeric_drift_test.h"
#include "model/drift/numeric_sample.h"
#include "model/drift/population_stability.h"

namespace streamml::model::drift {

/// Population stability index of a numeric feature on bins cut at the reference quantiles
/// (deciles by default), the outer bins open to -inf and +inf; bins are [e_i, e_i+1).
class NumericPsiTest : public NumericDriftTest
{
public:
    explicit NumericPsiTest(PopulationStability stability = {}, int bins = 10);

    QString name() const override { return QStringLiteral("psi"); }
    DriftTestResult run(const std::vector<double> &reference, const std::vector<double> &current) const override;

    /// Inner bin edges: the distinct reference quantiles at 1/bins, 2/bins, ...
    std::vector<double> edges(const NumericSample &reference) const;

private:
    static std::vector<qint64> binCounts(const NumericSample &sample, const std::vector<double> &edges);

    PopulationStability m_stability;
    int m_bins;
};

} // namespace streamml::model::drift
