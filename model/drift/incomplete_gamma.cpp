#include "model/drift/incomplete_gamma.h"

#include <cmath>
#include <limits>

namespace streamml::model::drift {

namespace {

constexpr int maxIterations = 100000;
constexpr double epsilon = std::numeric_limits<double>::epsilon();
constexpr double tiny = std::numeric_limits<double>::min() / epsilon;

} // namespace

// Series for x < a + 1 and a continued fraction otherwise, so that each converges quickly and the
// smaller of P and Q is the one computed directly (Press et al., Numerical Recipes, 3rd ed.,
// section 6.2, gser/gcf with the modified Lentz method).
double IncompleteGamma::upper(double a, double x)
{
    if (!(a > 0) || !(x >= 0))
        return std::numeric_limits<double>::quiet_NaN();
    if (x == 0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    if (x < a + 1)
        return 1.0 - series(a, x);
    return continuedFraction(a, x);
}

double IncompleteGamma::logPrefactor(double a, double x)
{
    return -x + a * std::log(x) - std::lgamma(a);
}

// P(a, x) = e^-x x^a / Γ(a + 1) * sum_k x^k / ((a + 1) ... (a + k)).
double IncompleteGamma::series(double a, double x)
{
    double term = 1.0 / a;
    double sum = term;
    double denominator = a;
    for (int i = 0; i < maxIterations; ++i) {
        denominator += 1;
        term *= x / denominator;
        sum += term;
        if (std::abs(term) < std::abs(sum) * epsilon)
            break;
    }
    return sum * std::exp(logPrefactor(a, x));
}

// Q(a, x) = e^-x x^a / Γ(a) * 1 / (x + 1 - a - 1 (1 - a) / (x + 3 - a - ...)).
double IncompleteGamma::continuedFraction(double a, double x)
{
    double b = x + 1 - a;
    double c = 1.0 / tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < maxIterations; ++i) {
        const double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (std::abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < epsilon)
            break;
    }
    return std::exp(logPrefactor(a, x)) * h;
}

} // namespace streamml::model::drift
