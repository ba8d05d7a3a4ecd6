#include "model/prep/median_imputer.h"

#include <algorithm>
#include <cmath>

namespace streamml::model::prep {

double MedianImputer::median(std::vector<double> values)
{
    if (values.empty())
        return std::nan("");
    // Selection instead of a full sort: linear time on large batches.
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    const double lower = *std::max_element(values.begin(), middle);
    return (lower + *middle) / 2;
}

} // namespace streamml::model::prep
