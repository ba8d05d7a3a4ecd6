#pragma once

namespace streamml::model::drift {

/// Distribution of the two-sided one-sample Kolmogorov–Smirnov statistic D_n (scipy.stats.kstwo).
class KolmogorovDistribution
{
public:
    /// P(D_n >= x) for a sample of size n.
    static double sf(int n, double x);

private:
    static double largeSampleCdf(int n, double x);
    static double rubenGambinoCdf(int n, double t);
    static double durbinMatrixCdf(int n, double x);
    static double pomeranzCdf(int n, double x);
    static double pelzGoodCdf(int n, double x);
    static double logFactorialOverPower(int n);
};

} // namespace streamml::model::drift
