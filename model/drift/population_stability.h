#pragma once

#include "model/drift/drift_test_result.h"

#include <vector>

namespace streamml::model::drift {

/// Population stability index over bins of counts, with Evidently's floor for empty bins and the
/// usual bands: below 0.1 stable, 0.1 to 0.25 moderate shift (warning), 0.25 and above drift.
class PopulationStability
{
public:
    PopulationStability(double warningBand = 0.1, double driftBand = 0.25, double emptyShare = 1e-4);

    /// sum over bins of (r - c) ln(r / c) on the shares of each side, empty shares replaced by emptyShare.
    double index(const std::vector<qint64> &reference, const std::vector<qint64> &current) const;
    /// A result named `test` whose statistic and effect are the index, flagged by the bands.
    DriftTestResult result(const QString &test, double psi) const;

private:
    std::vector<double> shares(const std::vector<qint64> &counts) const;

    double m_warningBand;
    double m_driftBand;
    double m_emptyShare;
};

} // namespace streamml::model::drift
