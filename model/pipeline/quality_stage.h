#pragma once

#include "model/data/column_roles.h"
#include "model/quality/quality_report.h"
#include "model/settings/quality_settings.h"

namespace streamml::model::store {
class Database;
struct BatchRecord;
}

namespace streamml::model::pipeline {

struct CollectedBatch;
class ReferenceWindow;

/// The quality stage of a batch: measures it against the recent usable batches, cleans or
/// quarantines it, stores every figure and the verdict, writes the Markdown report, and records a
/// quarantine in the audit trail.
class QualityStage
{
public:
    struct Result
    {
        quality::QualityReport report;
        data::Table cleaned; ///< empty when the batch is quarantined
    };

    QualityStage(settings::QualitySettings settings, QString reportsDir);

    Result run(store::Database &database, ReferenceWindow &window, store::BatchRecord &batch,
               const CollectedBatch &collected, const data::ColumnRoles &roles) const;

private:
    settings::QualitySettings m_settings;
    QString m_reportsDir;
};

} // namespace streamml::model::pipeline
