#include "model/drift/wasserstein_test.h"

#include "model/core/error.h"

#include <algorithm>
#include <cmath>

namespace streamml::model::drift {

namespace {

// Evidently's floor on the reference spread, so a constant reference does not divide by zero.
constexpr double minimumSpread = 0.001;

} // namespace

WassersteinTest::WassersteinTest(double threshold)
    : m_threshold(threshold)
{
    if (!(threshold > 0))
        throw core::Error::settings(QStringLiteral("wasserstein: threshold must be positive, got %1").arg(threshold));
}

DriftTestResult WassersteinTest::run(const std::vector<double> &reference, const std::vector<double> &current) const
{
    const NumericSample first(reference, QStringLiteral("wasserstein reference sample"));
    const NumericSample second(current, QStringLiteral("wasserstein current sample"));
    DriftTestResult result;
    result.test = name();
    result.statistic = distance(first, second);
    // Evidently's normalisation: the distance in units of the reference standard deviation.
    result.effect = result.statistic / std::max(first.populationStd(), minimumSpread);
    result.drift = result.effect >= m_threshold;
    return result;
}

// Integral of |F - G| over the merged sorted values, one step between neighbours at a time.
double WassersteinTest::distance(const NumericSample &first, const NumericSample &second)
{
    const std::vector<double> &a = first.sorted();
    const std::vector<double> &b = second.sorted();
    const double n1 = double(a.size());
    const double n2 = double(b.size());
    size_t i = 0;
    size_t j = 0;
    double sum = 0;
    double previous = std::min(a.front(), b.front());
    while (i < a.size() || j < b.size()) {
        const double x = j == b.size() || (i < a.size() && a[i] <= b[j]) ? a[i] : b[j];
        sum += std::abs(double(i) / n1 - double(j) / n2) * (x - previous);
        previous = x;
        while (i < a.size() && a[i] == x)
            ++i;
        while (j < b.size() && b[j] == x)
            ++j;
    }
    return sum;
}

} // namespace streamml::model::drift
