#pragma once

#include "view/distribution_comparison.h"
#include "view/target_rate.h"

#include <QMap>
#include <optional>

namespace streamml::view {

/// One column of one batch: its distribution against the reference window, the target by category,
/// and its missing share over the stream.
struct ColumnAnalysis
{
    qint64 batchId = 0;
    QString column;
    DistributionComparison distribution;
    std::optional<TargetRate> targetRate; ///< a categorical feature when a target is configured
    QMap<qint64, double> missingShare;    ///< batch id -> share of the column's values missing
};

} // namespace streamml::view
