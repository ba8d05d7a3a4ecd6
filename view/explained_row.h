#pragma once

#include "model/evaluation/explain/row_explanation.h"

namespace streamml::view {

/// One row of a batch explained by one model version.
struct ExplainedRow
{
    int version = -1;
    qint64 batchId = -1;
    qsizetype row = -1;
    model::evaluation::explain::RowExplanation explanation;
};

} // namespace streamml::view
