#include "model/prep/standard_scaler.h"

#include <cmath>
#include <limits>

namespace streamml::model::prep {

Scaler::Affine StandardScaler::estimate(std::vector<double> present) const
{
    const double n = double(present.size());
    double sum = 0;
    for (double v : present)
        sum += v;
    const double mean = sum / n;
    // Two-pass variance with the rounding correction scikit-learn applies.
    double squares = 0;
    double correction = 0;
    for (double v : present) {
        squares += (v - mean) * (v - mean);
        correction += v - mean;
    }
    const double variance = (squares - correction * correction / n) / n;
    // scikit-learn's _is_constant_feature: a variance within rounding noise of zero means constant.
    const double eps = std::numeric_limits<double>::epsilon();
    const double bound = n * eps * variance + (n * mean * eps) * (n * mean * eps);
    return {mean, variance <= bound ? 1.0 : std::sqrt(variance)};
}

} // namespace streamml::model::prep
