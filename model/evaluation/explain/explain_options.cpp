#include "model/evaluation/explain/explain_options.h"

#include "model/core/error.h"

namespace streamml::model::evaluation::explain {

namespace {
constexpr int kMaxRows = 1000000;
}

void ExplainOptions::validate() const
{
    if (backgroundRows < 1 || backgroundRows > kMaxRows)
        throw core::Error::settings(QStringLiteral("explanations: background rows = %1 is outside 1..%2").arg(backgroundRows).arg(kMaxRows));
    sampling.validate();
}

} // namespace streamml::model::evaluation::explain
