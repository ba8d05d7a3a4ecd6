#include "model/drift/two_sample_ks_distribution.h"

#include "model/drift/kolmogorov_distribution.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace streamml::model::drift {

double TwoSampleKsDistribution::latticeStatistic(std::int64_t n1, std::int64_t n2, double d)
{
    const std::int64_t lcm = (n1 / std::gcd(n1, n2)) * n2;
    // nearbyint rounds half to even, as numpy's round does.
    return double(std::int64_t(std::nearbyint(d * double(lcm)))) / double(lcm);
}

std::optional<double> TwoSampleKsDistribution::exactSf(std::int64_t n1, std::int64_t n2, double d)
{
    const std::int64_t g = std::gcd(n1, n2);
    const std::int64_t lcm = (n1 / g) * n2;
    const auto h = std::int64_t(std::nearbyint(d * double(lcm)));
    if (h == 0)
        return 1.0;
    const double p = n1 == n2 ? outsideSquare(n1, h) : outsideInsideMethod(n1, n2, g, h);
    if (!(p >= 0.0 && p <= 1.0))
        return std::nullopt;
    return p;
}

double TwoSampleKsDistribution::asymptoticSf(std::int64_t n1, std::int64_t n2, double d)
{
    const double m = double(std::max(n1, n2));
    const double n = double(std::min(n1, n2));
    const double effective = m * n / (m + n);
    return std::clamp(KolmogorovDistribution::sf(int(std::nearbyint(effective)), d), 0.0, 1.0);
}

// P(D_{n,n} >= h/n) = 2 (C(2n, n-h) - C(2n, n-2h) + ...) / C(2n, n), evaluated Horner-like on ratios
// of binomials to avoid cancellation (scipy's _compute_prob_outside_square).
double TwoSampleKsDistribution::outsideSquare(std::int64_t n, std::int64_t h)
{
    double p = 0.0;
    for (std::int64_t k = n / h; k >= 0; --k) {
        double ratio = 1.0;
        for (std::int64_t j = 0; j < h; ++j)
            ratio = double(n - k * h - j) * ratio / double(n + k * h + j + 1);
        p = ratio * (1.0 - p);
    }
    return 2 * p;
}

// Lattice paths from (0, 0) to (m, n) leaving the band |x/m - y/n| < h / lcm(m, n), counted by the
// inside method of Hodges (1958), "The Significance Probability of the Smirnov Two-Sample Test",
// Ark. Mat. 3, in the form of Viehmann (2021, arXiv:2102.08037) that tracks 1 - p column by column.
double TwoSampleKsDistribution::outsideInsideMethod(std::int64_t m, std::int64_t n, std::int64_t g, std::int64_t h)
{
    if (m < n)
        std::swap(m, n);
    const std::int64_t mg = m / g;
    const std::int64_t ng = n / g;
    std::int64_t minJ = 0;
    std::int64_t maxJ = std::min(std::int64_t(std::ceil(double(h) / double(mg))), n + 1);
    std::int64_t currentLength = maxJ - minJ;
    const std::int64_t size = std::min(2 * maxJ + 2, n + 1);
    std::vector<double> a(size_t(size), 1.0);
    std::fill(a.begin() + minJ, a.begin() + maxJ, 0.0);
    for (std::int64_t i = 1; i <= m; ++i) {
        const std::int64_t lastMinJ = minJ;
        const std::int64_t lastLength = currentLength;
        minJ = std::min(std::max(std::int64_t(std::floor(double(ng * i - h) / double(mg))) + 1, std::int64_t(0)), n);
        maxJ = std::min(std::int64_t(std::ceil(double(ng * i + h) / double(mg))), n + 1);
        if (maxJ <= minJ)
            return 1.0;
        double value = minJ == 0 ? 0.0 : 1.0;
        for (std::int64_t jj = 0; jj < maxJ - minJ; ++jj) {
            const std::int64_t j = jj + minJ;
            value = (a[size_t(jj + minJ - lastMinJ)] * double(i) + value * double(j)) / double(i + j);
            a[size_t(jj)] = value;
        }
        currentLength = maxJ - minJ;
        if (lastLength > currentLength) {
            const auto from = size_t(maxJ - minJ);
            const auto to = std::min(size_t(maxJ - minJ + lastLength - currentLength), a.size());
            std::fill(a.begin() + std::ptrdiff_t(from), a.begin() + std::ptrdiff_t(to), 1.0);
        }
    }
    return a[size_t(maxJ - minJ - 1)];
}

} // namespace streamml::model::drift
