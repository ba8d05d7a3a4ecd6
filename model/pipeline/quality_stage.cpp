#include "model/pipeline/quality_stage.h"

#include "model/core/log.h"
#include "model/pipeline/collected_batch.h"
#include "model/pipeline/reference_window.h"
#include "model/quality/cleaner.h"
#include "model/quality/quality_checker.h"
#include "model/quality/quality_report_writer.h"
#include "model/store/batch_store.h"
#include "model/store/event_log.h"
#include "model/store/quality_store.h"

#include <QDateTime>

namespace streamml::model::pipeline {

QualityStage::QualityStage(settings::QualitySettings settings, QString reportsDir)
    : m_settings(std::move(settings))
    , m_reportsDir(std::move(reportsDir))
{
}

QualityStage::Result QualityStage::run(store::Database &database, ReferenceWindow &window, store::BatchRecord &batch,
                                       const CollectedBatch &collected, const data::ColumnRoles &roles) const
{
    quality::BatchFacts facts;
    facts.typeViolations = collected.typeViolations;
    facts.outOfOrderRows = collected.outOfOrderRows;
    facts.arrivedAtMs = batch.ingestedAt;
    const quality::ReferenceStats reference(window.load(window.lastUsable(batch.id, m_settings.referenceBatches)));

    Result result;
    result.report = quality::QualityChecker(m_settings).check(collected.table, facts, roles, reference);
    if (!result.report.isQuarantined())
        result.cleaned = quality::Cleaner(m_settings).clean(collected.table, roles, result.report);

    batch.status = result.report.status;
    QStringList reasons = result.report.reasons();
    if (result.report.actions.changedAnything())
        reasons.append(result.report.actions.describe());
    batch.reasons = reasons.join(QStringLiteral("; "));
    store::BatchStore(database).setStatus(batch.id, batch.status, batch.reasons);
    const QString file = quality::QualityReportWriter::write(m_reportsDir, batch, result.report);
    store::QualityStore(database).save(batch.id, result.report, file);
    if (result.report.isQuarantined()) {
        store::EventLog(database).append(QStringLiteral("quarantine"), batch.id, -1, QStringLiteral("pipeline"), batch.reasons);
        core::Log::get("quality")->warn("batch {} quarantined: {}", batch.id, batch.reasons);
    }
    return result;
}

} // namespace streamml::model::pipeline
