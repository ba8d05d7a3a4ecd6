#pragma once

namespace streamml::model::drift {

/// Distribution of the one-sided one-sample Kolmogorov–Smirnov statistic D+_n (scipy.special.smirnov).
class SmirnovDistribution
{
public:
    /// P(D+_n >= x) for a sample of size n.
    static double sf(int n, double x);

private:
    static double birnbaumTingeySum(int n, double x, int lastTerm);
};

} // namespace streamml::model::drift
