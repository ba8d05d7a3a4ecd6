#include "model/prep/minmax_scaler.h"

#include <algorithm>

namespace streamml::model::prep {

Scaler::Affine MinmaxScaler::estimate(std::vector<double> present) const
{
    const auto [low, high] = std::minmax_element(present.begin(), present.end());
    return {*low, nonZero(*high - *low)};
}

} // namespace streamml::model::prep
