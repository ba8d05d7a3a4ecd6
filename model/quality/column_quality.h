#pragma once

#include "model/data/column.h"

#include <QString>
#include <cmath>

namespace streamml::model::quality {

/// Data-quality figures of one column in one batch (shares of the batch's rows; NaN where a
/// figure does not apply to the column's kind or has no reference).
struct ColumnQuality
{
    QString column;
    data::Column::Kind kind = data::Column::Kind::Numeric;
    QString role;
    double missingShare = 0;
    double outOfRangeShare = std::nan("");
    double typeViolationShare = 0;
    double unseenCategoryShare = std::nan("");
    double dominantShare = std::nan(""); ///< share of the most frequent present value
    double outlierIqrShare = std::nan("");
    double outlierZShare = std::nan("");

    /// Figures by stored metric name, for the dq_metrics table and the report.
    QList<QPair<QString, double>> metrics() const;
};

} // namespace streamml::model::quality
