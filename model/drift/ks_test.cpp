#include "model/drift/ks_test.h"

#include "model/core/error.h"
#include "model/drift/two_sample_ks_distribution.h"

#include <algorithm>

namespace streamml::model::drift {

KsTest::KsTest(double alpha)
    : m_alpha(alpha)
{
    if (!(alpha > 0 && alpha < 1))
        throw core::Error::settings(QStringLiteral("ks: alpha must lie in (0, 1), got %1").arg(alpha));
}

DriftTestResult KsTest::run(const std::vector<double> &reference, const std::vector<double> &current) const
{
    const NumericSample first(reference, QStringLiteral("ks reference sample"));
    const NumericSample second(current, QStringLiteral("ks current sample"));
    const std::int64_t n1 = first.size();
    const std::int64_t n2 = second.size();
    DriftTestResult result;
    result.test = name();
    result.statistic = statistic(first, second);
    // scipy's "auto": exact when both samples are small enough, else (or when the exact sum fails) asymptotic.
    std::optional<double> p;
    if (std::max(n1, n2) <= TwoSampleKsDistribution::maxExactSize) {
        p = TwoSampleKsDistribution::exactSf(n1, n2, result.statistic);
        result.statistic = TwoSampleKsDistribution::latticeStatistic(n1, n2, result.statistic);
    }
    result.pValue = p ? *p : TwoSampleKsDistribution::asymptoticSf(n1, n2, result.statistic);
    result.effect = result.statistic;
    result.drift = result.pValue < m_alpha;
    return result;
}

double KsTest::statistic(const NumericSample &first, const NumericSample &second)
{
    const std::vector<double> &a = first.sorted();
    const std::vector<double> &b = second.sorted();
    const double n1 = double(a.size());
    const double n2 = double(b.size());
    // Walk the merged values; after all copies of a value, compare the two ECDFs there.
    size_t i = 0;
    size_t j = 0;
    double largest = 0;
    double smallest = 0;
    while (i < a.size() || j < b.size()) {
        const double x = j == b.size() || (i < a.size() && a[i] <= b[j]) ? a[i] : b[j];
        while (i < a.size() && a[i] == x)
            ++i;
        while (j < b.size() && b[j] == x)
            ++j;
        const double difference = double(i) / n1 - double(j) / n2;
        largest = std::max(largest, difference);
        smallest = std::min(smallest, difference);
    }
    return std::max(-smallest, largest);
}

} // namespace streamml::model::drift
