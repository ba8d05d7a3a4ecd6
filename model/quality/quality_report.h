#pragma once

#include "model/quality/cleaning_actions.h"
#include "model/quality/column_quality.h"
#include "model/quality/quality_finding.h"

#include <vector>

namespace streamml::model::quality {

/// The data-quality verdict on one batch: per-column figures, batch figures, the score, the rules
/// that failed, what cleaning did, and the resulting status.
struct QualityReport
{
    qint64 rows = 0;
    std::vector<ColumnQuality> columns;
    double duplicateShare = 0;
    double outOfOrderShare = 0;
    double futureShare = 0;
    double featureMissingShare = 0; ///< missing share over all feature cells
    double score = 100;             ///< 100 x share of clean cells in the learning columns
    std::vector<QualityFinding> findings;
    CleaningActions actions;
    QString status = QStringLiteral("accepted"); ///< accepted, cleaned or quarantined
    std::vector<bool> duplicateRows;             ///< per row: an earlier row has the same values

    bool isQuarantined() const { return status == u"quarantined"; }
    /// The failed rules as one line each ("missing_share on Speed: 0.62 > 0.5").
    QStringList reasons() const;
};

} // namespace streamml::model::quality
