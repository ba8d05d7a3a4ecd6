#include "model/drift/numeric_psi_test.h"

#include "model/core/error.h"

#include <algorithm>

namespace streamml::model::drift {

NumericPsiTest::NumericPsiTest(PopulationStability stability, int bins)
    : m_stability(stability)
    , m_bins(bins)
{
    if (bins < 2)
        throw core::Error::settings(QStringLiteral("psi: at least 2 bins are needed, got %1").arg(bins));
}

DriftTestResult NumericPsiTest::run(const std::vector<double> &reference, const std::vector<double> &current) const
{
    const NumericSample first(reference, QStringLiteral("psi reference sample"));
    const NumericSample second(current, QStringLiteral("psi current sample"));
    const std::vector<double> inner = edges(first);
    return m_stability.result(name(), m_stability.index(binCounts(first, inner), binCounts(second, inner)));
}

std::vector<double> NumericPsiTest::edges(const NumericSample &reference) const
{
    std::vector<double> result;
    for (int i = 1; i < m_bins; ++i)
        result.push_back(reference.quantile(double(i) / double(m_bins)));
    // Tied reference values give repeated quantiles; a bin between equal edges would always be empty.
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

std::vector<qint64> NumericPsiTest::binCounts(const NumericSample &sample, const std::vector<double> &edges)
{
    std::vector<qint64> counts(edges.size() + 1, 0);
    const std::vector<double> &values = sample.sorted();
    qsizetype counted = 0;
    for (size_t i = 0; i < edges.size(); ++i) {
        // Bin i holds the values below edge i that lower bins have not taken.
        const auto belowEdge = qsizetype(std::lower_bound(values.begin(), values.end(), edges[i]) - values.begin());
        counts[i] = belowEdge - counted;
        counted = belowEdge;
    }
    counts.back() = sample.size() - counted;
    return counts;
}

} // namespace streamml::model::drift
