#pragma once

#include <cstdint>
#include <optional>

namespace streamml::model::drift {

/// Null distribution of the two-sided two-sample Kolmogorov–Smirnov statistic, computed as
/// scipy.stats.ks_2samp does (exact lattice-path counts for small samples, asymptotic otherwise).
class TwoSampleKsDistribution
{
public:
    /// Largest sample size for which scipy's default method tries the exact p-value.
    static constexpr std::int64_t maxExactSize = 10000;

    /// The statistic rounded to the lattice h / lcm(n1, n2) the exact count works on.
    static double latticeStatistic(std::int64_t n1, std::int64_t n2, double d);
    /// Exact P(D >= d); empty when the computation leaves [0, 1] through rounding (scipy then
    /// falls back to the asymptotic value).
    static std::optional<double> exactSf(std::int64_t n1, std::int64_t n2, double d);
    /// Asymptotic P(D >= d): the one-sample distribution at the effective size n1 n2 / (n1 + n2).
    static double asymptoticSf(std::int64_t n1, std::int64_t n2, double d);

private:
    static double outsideSquare(std::int64_t n, std::int64_t h);
    static double outsideInsideMethod(std::int64_t m, std::int64_t n, std::int64_t g, std::int64_t h);
};

} // namespace streamml::model::drift
