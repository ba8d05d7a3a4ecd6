#pragma once

#include "model/data/column.h"

#include <QString>
#include <cmath>
#include <vector>

namespace streamml::view {

/// The stream as the Quality & EDA view lists it: every batch with its status and score, the stored
/// columns with their role, and the thresholds the timelines draw.
struct QualityOverview
{
    /// One stored batch.
    struct Batch
    {
        qint64 id = 0;
        QString status;
        double score = std::nan(""); ///< NaN when the batch has no quality verdict
    };

    /// One column of the stored schema.
    struct ColumnInfo
    {
        QString name;
        model::data::Column::Kind kind = model::data::Column::Kind::Numeric;
        QString role;
    };

    std::vector<Batch> batches;
    std::vector<ColumnInfo> columns;
    double minQualityScore = 0;
    double maxMissingShare = 1;
};

} // namespace streamml::view
