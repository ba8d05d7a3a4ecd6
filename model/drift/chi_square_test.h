#pragma once

#include "model/drift/categorical_drift_test.h"

namespace streamml::model::drift {

/// Pearson chi-square test of homogeneity on the 2 x k table of category counts, as
/// scipy.stats.chi2_contingency(table, correction=False). The effect size is Cramér's V.
class ChiSquareTest : public CategoricalDriftTest
{
public:
    /// Drift when the p-value is below alpha.
    explicit ChiSquareTest(double alpha = 0.05);

    QString name() const override { return QStringLiteral("chi2"); }
    DriftTestResult run(const CategoryCounts &counts) const override;

    /// The chi-square statistic sum (observed - expected)^2 / expected over the 2 x k cells.
    static double statistic(const CategoryCounts &counts);

private:
    double m_alpha;
};

} // namespace streamml::model::drift
