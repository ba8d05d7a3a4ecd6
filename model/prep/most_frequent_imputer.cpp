#include "model/prep/most_frequent_imputer.h"

#include <algorithm>
#include <cmath>

namespace streamml::model::prep {

double MostFrequentImputer::statistic(std::vector<double> present) const
{
    if (present.empty())
        return std::nan("");
    std::sort(present.begin(), present.end());
    double best = present.front();
    size_t bestCount = 0;
    // Runs of equal values in ascending order; a strictly longer run is needed to win, so ties keep
    // the smallest value as scikit-learn does.
    for (size_t start = 0; start < present.size();) {
        size_t end = start + 1;
        while (end < present.size() && present[end] == present[start])
            ++end;
        if (end - start > bestCount) {
            bestCount = end - start;
            best = present[start];
        }
        start = end;
    }
    return best;
}

} // namespace streamml::model::prep
