#include "model/drift/kolmogorov_distribution.h"

#include "model/drift/smirnov_distribution.h"

#include <Eigen/Dense>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

namespace streamml::model::drift {

namespace {

// Intermediate results are rescaled by 2^128 to stay inside the double range.
constexpr int scaleExponent = 128;
const double scaleUp = std::ldexp(1.0, scaleExponent);
const double scaleDown = std::ldexp(1.0, -scaleExponent);

double clipProbability(double p)
{
    return std::clamp(p, 0.0, 1.0);
}

struct PomeranzRow
{
    int first;
    int last;
};

// Column range of row i of the Pomeranz recursion (scipy's _pomeranz_compute_j1j2).
PomeranzRow pomeranzRange(int i, int n, int ll, int ceilF, int roundF)
{
    int j1 = 0;
    int j2 = 0;
    if (i == 0) {
        j1 = -ll - ceilF - 1;
        j2 = ll + ceilF - 1;
    } else {
        const int half = (i + 1) / 2;
        if ((i + 1) % 2 == 0) {
            if (half == n + 1) {
                j1 = n - ll - ceilF - 1;
                j2 = n + ll + ceilF - 1;
            } else {
                j1 = half - 1 - ll - roundF - 1;
                j2 = half + ll - 1 + ceilF - 1;
            }
        } else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundF - 1;
        }
    }
    return {std::max(j1 + 2, 0), std::min(j2, n)};
}

} // namespace

// Algorithm selection of Simard & L'Ecuyer (2011), "Computing the Two-Sided Kolmogorov-Smirnov
// Distribution", J. Stat. Softw. 39(11), with scipy 1.10's cut-offs (scipy/stats/_ksstats.py).
double KolmogorovDistribution::sf(int n, double x)
{
    if (n <= 0 || std::isnan(x))
        return std::numeric_limits<double>::quiet_NaN();
    if (x >= 1.0)
        return 0.0;
    if (x <= 0.0)
        return 1.0;
    const double t = n * x;
    if (t <= 1.0)
        return clipProbability(1.0 - rubenGambinoCdf(n, t));
    if (t >= n - 1)
        return clipProbability(2 * std::pow(1.0 - x, n));
    if (x >= 0.5)
        return clipProbability(2 * SmirnovDistribution::sf(n, x));
    const double nxSquared = t * x;
    if (n <= 140) {
        if (nxSquared <= 0.754693)
            return clipProbability(1.0 - durbinMatrixCdf(n, x));
        if (nxSquared <= 4)
            return clipProbability(1.0 - pomeranzCdf(n, x));
        return clipProbability(2 * SmirnovDistribution::sf(n, x));
    }
    if (nxSquared >= 370.0)
        return 0.0;
    if (nxSquared >= 2.2)
        return clipProbability(2 * SmirnovDistribution::sf(n, x));
    return clipProbability(1.0 - largeSampleCdf(n, x));
}

double KolmogorovDistribution::largeSampleCdf(int n, double x)
{
    if (n <= 100000 && n * std::pow(x, 1.5) <= 1.4)
        return durbinMatrixCdf(n, x);
    return pelzGoodCdf(n, x);
}

// Ruben & Gambino (1982): for 1/(2n) <= x <= 1/n, P(D_n <= x) = n!/n^n (2nx - 1)^n.
double KolmogorovDistribution::rubenGambinoCdf(int n, double t)
{
    if (t <= 0.5)
        return 0.0;
    if (n <= 140) {
        double product = 1.0;
        for (int i = 1; i <= n; ++i)
            product *= i * (1.0 / n) * (2 * t - 1);
        return product;
    }
    return std::exp(logFactorialOverPower(n) + n * std::log(2 * t - 1));
}

// log(n! / n^n) by Stirling's series, with n log n removed up front against cancellation.
double KolmogorovDistribution::logFactorialOverPower(int n)
{
    static constexpr std::array<double, 8> stirling = {
        -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
        -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2};
    const double rn = 1.0 / n;
    const double z = rn / n;
    double series = 0.0;
    for (double c : stirling)
        series = series * z + c;
    return std::log(double(n)) / 2 - n + std::log(2 * std::numbers::pi) / 2 + rn * series;
}

// Durbin (1968) matrix method as arranged by Marsaglia, Tsang & Wang (2003), "Evaluating Kolmogorov's
// Distribution", J. Stat. Softw. 8(18): P(D_n <= d) = n!/n^n (H^n)_kk.
double KolmogorovDistribution::durbinMatrixCdf(int n, double x)
{
    const double nd = n * x;
    if (nd <= 0.5)
        return 0.0;
    const int k = int(std::ceil(nd));
    const double h = k - nd;
    const int m = 2 * k - 1;

    Eigen::VectorXd v(m);
    Eigen::VectorXd w(m);
    double factorial = 1.0;
    for (int j = 1; j <= m; ++j) {
        w(j - 1) = factorial;
        factorial /= j;
        v(j - 1) = (1.0 - std::pow(h, j)) * factorial;
    }
    const double tail = std::pow(std::max(2 * h - 1.0, 0.0), m) - 2 * std::pow(h, m);
    v(m - 1) = (1.0 + tail) * factorial;

    Eigen::MatrixXd power = Eigen::MatrixXd::Zero(m, m);
    for (int i = 1; i < m; ++i)
        for (int r = i - 1; r < m; ++r)
            power(r, i) = w(r - i + 1);
    power.col(0) = v;
    power.row(m - 1) = v.reverse().transpose();

    Eigen::MatrixXd result = Eigen::MatrixXd::Identity(m, m);
    int resultExponent = 0;
    int powerExponent = 0;
    for (int remaining = n; remaining > 0; remaining /= 2) {
        if (remaining % 2) {
            result = result * power;
            resultExponent += powerExponent;
        }
        power = power * power;
        powerExponent *= 2;
        if (std::abs(power(k - 1, k - 1)) > scaleUp) {
            power /= scaleUp;
            powerExponent += scaleExponent;
        }
    }

    double p = result(k - 1, k - 1);
    for (int i = 1; i <= n; ++i) {
        p = i * p / n;
        if (std::abs(p) < scaleDown) {
            p *= scaleUp;
            resultExponent -= scaleExponent;
        }
    }
    return clipProbability(std::ldexp(p, resultExponent));
}

// Pomeranz (1974), "Exact Cumulative Distribution of the Kolmogorov-Smirnov Statistic for Small
// Samples", CACM 17(12): rows are convolutions with (almost) Poisson weights; keeps two rows.
double KolmogorovDistribution::pomeranzCdf(int n, double x)
{
    const double t = n * x;
    const int ll = int(std::floor(t));
    const double f = t - ll;
    const double g = std::min(f, 1.0 - f);
    const int ceilF = f > 0 ? 1 : 0;
    const int roundF = f > 0.5 ? 1 : 0;
    const int powers = 2 * (ll + 1);

    std::vector<double> gPower(size_t(powers), 1.0);
    std::vector<double> twoGPower(size_t(powers), 1.0);
    std::vector<double> oneMinusTwoGPower(size_t(powers), 1.0);
    for (int m = 1; m < powers; ++m) {
        gPower[size_t(m)] = gPower[size_t(m - 1)] * (g / n) / m;
        twoGPower[size_t(m)] = twoGPower[size_t(m - 1)] * (2 * g / n) / m;
        oneMinusTwoGPower[size_t(m)] = oneMinusTwoGPower[size_t(m - 1)] * ((1 - 2 * g) / n) / m;
    }

    std::vector<double> previous(size_t(powers), 0.0);
    std::vector<double> current(size_t(powers), 0.0);
    current[0] = 1.0;
    int previousStart = 0;
    int currentStart = 0;
    int exponent = 0;
    PomeranzRow row = pomeranzRange(0, n, ll, ceilF, roundF);
    for (int i = 1; i < 2 * n + 2; ++i) {
        const int k1 = row.first;
        std::swap(previous, current);
        std::swap(previousStart, currentStart);
        std::fill(current.begin(), current.end(), 0.0);
        row = pomeranzRange(i, n, ll, ceilF, roundF);
        const std::vector<double> &weights = (i == 1 || i == 2 * n + 1) ? gPower : (i % 2 ? twoGPower : oneMinusTwoGPower);
        const int length = row.last - k1 + 1;
        if (length <= 0)
            continue;
        // Entries row.first .. row.last of the convolution of previous[k1 ..] with the weights.
        const int offset = k1 - previousStart;
        double largest = 0.0;
        for (int j = row.first; j <= row.last; ++j) {
            const int c = j - k1;
            double sum = 0.0;
            for (int a = 0; a <= c; ++a)
                sum += previous[size_t(offset + a)] * weights[size_t(c - a)];
            current[size_t(j - row.first)] = sum;
            largest = std::max(largest, sum);
        }
        if (largest > 0 && largest < scaleDown) {
            for (double &value : current)
                value *= scaleUp;
            exponent -= scaleExponent;
        }
        currentStart = previousStart + row.first - k1;
    }

    double answer = current[size_t(n - currentStart)];
    for (int m = 1; m <= n; ++m) {
        if (std::abs(answer) > scaleUp) {
            answer *= scaleDown;
            exponent += scaleExponent;
        }
        answer *= m;
    }
    return clipProbability(std::ldexp(answer, exponent));
}

// Pelz & Good (1976), "Approximating the Lower Tail-areas of the Kolmogorov-Smirnov One-sample
// Statistic", JRSS B 38(2): the Li-Chien/Korolyuk expansion rewritten with Jacobi theta functions.
double KolmogorovDistribution::pelzGoodCdf(int n, double x)
{
    using std::numbers::pi;
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double z = std::sqrt(double(n)) * x;
    const double z2 = z * z;
    const double z3 = z2 * z;
    const double z4 = z2 * z2;
    const double z6 = z4 * z2;
    const double qLog = -pi * pi / 8 / z2;
    if (qLog < -708)
        return 0.0;
    double q = std::exp(qLog);
    const double pi2 = pi * pi;
    const double pi4 = pi2 * pi2;
    const double pi6 = pi4 * pi2;

    const double k1a = -z2;
    const double k1b = pi2 / 4;
    const double k2a = 6 * z6 + 2 * z4;
    const double k2b = (2 * z4 - 5 * z2) * pi2 / 4;
    const double k2c = pi4 * (1 - 2 * z2) / 16;
    const double k3d = pi6 * (5 - 30 * z2) / 64;
    const double k3c = pi4 * (-60 * z2 + 212 * z4) / 16;
    const double k3b = pi2 * (135 * z4 - 96 * z6) / 4;
    const double k3a = -30 * z6 - 90 * std::pow(z, 8);

    std::array<double, 4> k = {0, 0, 0, 0};
    const int maxK = int(std::ceil(16 * z / pi));
    for (int j = maxK; j > 0; --j) {
        const double m = 2 * j - 1;
        const double m2 = m * m;
        const double m4 = m2 * m2;
        const double m6 = m4 * m2;
        const double qPower = std::pow(q, 8 * j);
        const std::array<double, 4> coefficients = {1.0, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4,
                                                    k3a + k3b * m2 + k3c * m4 + k3d * m6};
        for (size_t i = 0; i < 4; ++i)
            k[i] = k[i] * qPower + coefficients[i];
    }
    const double sqrt2Pi = std::sqrt(2 * pi);
    const std::array<double, 4> divisors = {z, 6 * z4, 72 * std::pow(z, 7), 6480 * std::pow(z, 10)};
    for (size_t i = 0; i < 4; ++i)
        k[i] = k[i] * q * sqrt2Pi / divisors[i];

    // Remaining sums over all integers j for K2 and K3.
    q = std::exp(-pi2 / 2 / z2);
    const double sqrt3z = std::sqrt(3.0) * z;
    double k2Extra = 0.0;
    double k3Extra = 0.0;
    for (int j = maxK; j > 0; --j) {
        const double j2 = double(j) * j;
        const double qPower = std::pow(q, j2);
        const double jPi = pi * j;
        k2Extra += j2 * qPower;
        k3Extra += (sqrt3z + jPi) * (sqrt3z - jPi) * j2 * qPower;
    }
    k[2] += k2Extra * pi2 * sqrt2Pi / (-36 * z3);
    k[3] += k3Extra * pi2 * sqrt2Pi / (216 * z6);

    double sum = 0.0;
    for (size_t i = 0; i < 4; ++i)
        sum += k[i] / std::pow(double(n), double(i) / 2.0);
    return sum;
}

} // namespace streamml::model::drift
