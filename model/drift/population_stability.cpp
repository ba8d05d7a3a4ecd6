#include "model/drift/population_stability.h"

#include "model/core/error.h"

#include <cmath>
#include <numeric>

namespace streamml::model::drift {

PopulationStability::PopulationStability(double warningBand, double driftBand, double emptyShare)
    : m_warningBand(warningBand)
    , m_driftBand(driftBand)
    , m_emptyShare(emptyShare)
{
    if (!(warningBand > 0 && driftBand >= warningBand))
        throw core::Error::settings(QStringLiteral("psi: bands must satisfy 0 < warning <= drift, got %1 and %2")
                                        .arg(warningBand)
                                        .arg(driftBand));
    if (!(emptyShare > 0 && emptyShare < 1))
        throw core::Error::settings(QStringLiteral("psi: the empty-bin share must lie in (0, 1), got %1").arg(emptyShare));
}

double PopulationStability::index(const std::vector<qint64> &reference, const std::vector<qint64> &current) const
{
    if (reference.size() != current.size())
        throw core::Error::input(QStringLiteral("psi: %1 reference bins but %2 current bins").arg(reference.size()).arg(current.size()));
    const std::vector<double> r = shares(reference);
    const std::vector<double> c = shares(current);
    double psi = 0;
    for (size_t i = 0; i < r.size(); ++i)
        psi += (r[i] - c[i]) * std::log(r[i] / c[i]);
    return psi;
}

DriftTestResult PopulationStability::result(const QString &test, double psi) const
{
    DriftTestResult result;
    result.test = test;
    result.statistic = psi;
    result.effect = psi;
    result.drift = psi >= m_driftBand;
    result.warning = !result.drift && psi >= m_warningBand;
    return result;
}

std::vector<double> PopulationStability::shares(const std::vector<qint64> &counts) const
{
    const qint64 total = std::accumulate(counts.begin(), counts.end(), qint64(0));
    if (total <= 0)
        throw core::Error::input(QStringLiteral("psi: a side has no values (total count %1)").arg(total));
    std::vector<double> result;
    result.reserve(counts.size());
    // An empty bin would make ln(r / c) infinite; Evidently counts it as a tiny share instead.
    for (qint64 count : counts)
        result.push_back(count == 0 ? m_emptyShare : double(count) / double(total));
    return result;
}

} // namespace streamml::model::drift
