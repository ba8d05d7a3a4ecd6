#include "model/drift/benjamini_hochberg.h"

#include "model/core/error.h"

#include <algorithm>
#include <cmath>

namespace streamml::model::drift {

std::vector<double> BenjaminiHochberg::adjust(const std::vector<double> &pValues)
{
    std::vector<size_t> order;
    for (size_t i = 0; i < pValues.size(); ++i) {
        const double p = pValues[i];
        if (std::isnan(p))
            continue;
        if (p < 0 || p > 1)
            throw core::Error::input(QStringLiteral("Benjamini-Hochberg: p-value %1 at position %2 is outside [0, 1]").arg(p).arg(i));
        order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return pValues[a] < pValues[b]; });

    std::vector<double> adjusted(pValues.size(), std::nan(""));
    const double m = double(order.size());
    double running = 1.0;
    // From the largest p-value down, keeping the running minimum makes the adjusted values monotone.
    for (size_t rank = order.size(); rank > 0; --rank) {
        const size_t i = order[rank - 1];
        running = std::min(running, pValues[i] * m / double(rank));
        adjusted[i] = running;
    }
    return adjusted;
}

} // namespace streamml::model::drift
