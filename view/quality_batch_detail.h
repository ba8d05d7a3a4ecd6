#pragma once

#include "model/quality/cleaning_actions.h"
#include "model/quality/eda.h"
#include "model/quality/quality_finding.h"
#include "view/missing_map.h"

#include <vector>

namespace streamml::view {

/// One batch as the Quality & EDA view shows it whatever the column: its verdict, the rules it
/// failed, what cleaning did, its missing values and the correlations of its numeric columns.
struct QualityBatchDetail
{
    qint64 batchId = 0;
    QString status;
    double score = std::nan("");
    std::vector<model::quality::QualityFinding> findings;
    model::quality::CleaningActions actions;
    MissingMap missing;
    QList<model::quality::Eda::MissingPattern> patterns;
    model::quality::Eda::Correlations correlations;
};

} // namespace streamml::view
