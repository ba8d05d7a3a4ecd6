#include "model/evaluation/explain/sampling_options.h"

#include "model/core/error.h"

namespace streamml::model::evaluation::explain {

namespace {
constexpr int kMaxCount = 100000;
}

void SamplingOptions::validate() const
{
    if (backgroundRows < 1 || backgroundRows > kMaxCount)
        throw core::Error::settings(QStringLiteral("sampling_shapley: background rows = %1 is outside 1..%2").arg(backgroundRows).arg(kMaxCount));
    if (rounds < 1 || rounds > kMaxCount)
        throw core::Error::settings(QStringLiteral("sampling_shapley: rounds = %1 is outside 1..%2").arg(rounds).arg(kMaxCount));
}

} // namespace streamml::model::evaluation::explain
