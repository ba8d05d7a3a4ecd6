#pragma once

namespace streamml::model::drift {

/// The regularised upper incomplete gamma function Q(a, x) = 1 - P(a, x).
class IncompleteGamma
{
public:
    /// Q(a, x) = Γ(a, x) / Γ(a); the chi-square survival function is Q(df / 2, x / 2).
    static double upper(double a, double x);

private:
    static double series(double a, double x);
    static double continuedFraction(double a, double x);
    static double logPrefactor(double a, double x);
};

} // namespace streamml::model::drift
