#include "model/evaluation/explain/permutation_options.h"

#include "model/core/error.h"
#include "model/evaluation/metric_registry.h"

namespace streamml::model::evaluation::explain {

namespace {
constexpr int kMaxRepeats = 10000;
}

void PermutationOptions::validate() const
{
    if (repeats < 1 || repeats > kMaxRepeats)
        throw core::Error::settings(QStringLiteral("permutation importance: repeats = %1 is outside 1..%2").arg(repeats).arg(kMaxRepeats));
    if (!metric.isEmpty())
        MetricRegistry::find(metric); // throws, naming the known metrics
}

} // namespace streamml::model::evaluation::explain
