#include "model/drift/smirnov_distribution.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace streamml::model::drift {

namespace {

// Below this log-probability exp() underflows a double (cephes MINLOG).
constexpr double minLog = -7.08396418532264106224e2;
// scipy switches to a closed-form approximation above this size.
constexpr int maxExactN = 1000000;

} // namespace

// Branches follow scipy's cephes/kolmogorov.c (van Mulbregt 2018, arXiv:1802.06966); the sum itself is
// Birnbaum & Tingey (1951), evaluated term by term in logarithms with long double.
double SmirnovDistribution::sf(int n, double x)
{
    if (!(n > 0 && x >= 0.0 && x <= 1.0))
        return std::numeric_limits<double>::quiet_NaN();
    if (n == 1)
        return 1.0 - x;
    if (x == 0.0)
        return 1.0;
    if (x == 1.0)
        return 0.0;

    // floor(n x) with the product kept in extended precision, so exact multiples of 1/n stay exact.
    const long double nx = static_cast<long double>(n) * x;
    long double whole = std::floor(nx);
    long double fraction = nx - whole;
    if (fraction >= 1.0L - std::numeric_limits<double>::epsilon() / 2) {
        whole += 1;
        fraction = 0;
    }
    const int nxFloor = int(whole);

    if (nxFloor == 0 || (nxFloor == 1 && fraction == 0)) // x <= 1/n
        return std::clamp(1.0 - x * std::pow(1.0 + x, n - 1), 0.0, 1.0);
    if (-2.0 * n * x * x < minLog)
        return 0.0;
    if (nxFloor >= n - 1) // x >= 1 - 1/n
        return std::pow(1.0 - x, n);
    if (n > maxExactN) {
        const double logP = -std::pow(6.0 * n * x + 1, 2) / 18.0 / n;
        if (logP < -std::log(2.0))
            return std::exp(logP);
        // scipy forms the cdf with expm1 first and returns its complement; do the same.
        const double cdf = -std::expm1(logP);
        return 1.0 - cdf;
    }
    // Terms v = 0 .. floor(n (1 - x)); when n x is an integer the term v = n (1 - x) vanishes, so the
    // last term is n - floor(n x) - 1 either way.
    return std::clamp(birnbaumTingeySum(n, x, n - nxFloor - 1), 0.0, 1.0);
}

double SmirnovDistribution::birnbaumTingeySum(int n, double x, int lastTerm)
{
    // P(D+ >= x) = x * sum_v C(n, v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v); every term is positive.
    const long double ln = n;
    const long double nx = ln * x;
    const long double lgammaN1 = std::lgamma(ln + 1);
    long double sum = 0;
    long double previous = 0;
    for (int v = 0; v <= lastTerm; ++v) {
        const long double lv = v;
        const long double above = x + lv / ln;
        const long double below = (ln - lv - nx) / ln;
        const long double logTerm = lgammaN1 - std::lgamma(lv + 1) - std::lgamma(ln - lv + 1)
                                    + (lv - 1) * std::log(above) + (ln - lv) * std::log(below);
        const long double term = std::exp(logTerm);
        sum += term;
        // The terms rise to one mode and then fall; stop once they no longer move the sum.
        if (term < previous && term < sum * 1e-20L)
            break;
        previous = term;
    }
    return double(x * sum);
}

} // namespace streamml::model::drift
