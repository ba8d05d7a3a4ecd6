#include "model/prep/robust_scaler.h"

#include "model/prep/median_imputer.h"

#include <algorithm>

namespace streamml::model::prep {

double RobustScaler::quantile(const std::vector<double> &sorted, double q)
{
    const double position = q * double(sorted.size() - 1);
    const size_t lower = size_t(position);
    const size_t upper = std::min(lower + 1, sorted.size() - 1);
    const double t = position - double(lower);
    const double a = sorted[lower];
    const double b = sorted[upper];
    // numpy's _lerp: interpolate from the nearer end for accuracy.
    return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

Scaler::Affine RobustScaler::estimate(std::vector<double> present) const
{
    std::sort(present.begin(), present.end());
    const double iqr = quantile(present, 0.75) - quantile(present, 0.25);
    return {MedianImputer::median(present), nonZero(iqr)};
}

} // namespace streamml::model::prep
