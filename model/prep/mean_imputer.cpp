#include "model/prep/mean_imputer.h"

#include <cmath>
#include <numeric>

namespace streamml::model::prep {

double MeanImputer::statistic(std::vector<double> present) const
{
    if (present.empty())
        return std::nan("");
    return std::accumulate(present.begin(), present.end(), 0.0) / double(present.size());
}

} // namespace streamml::model::prep
