#include "model/pipeline/pipeline.h"

#include "model/core/error.h"
#include "model/core/log.h"
#include "model/core/progress_sink.h"
#include "model/data/profiler.h"
#include "model/data/column_roles.h"
#include "model/pipeline/collector.h"
#include "model/pipeline/drift_stage.h"
#include "model/pipeline/learning_stage.h"
#include "model/pipeline/quality_stage.h"
#include "model/pipeline/reference_window.h"
#include "model/settings/drift_settings.h"
#include "model/settings/feature_settings.h"
#include "model/settings/meta_settings.h"
#include "model/settings/model_settings.h"
#include "model/settings/serving_settings.h"
#include "model/settings/validation_settings.h"
#include "model/settings/quality_settings.h"
#include "model/settings/source_settings.h"
#include "model/settings/store_settings.h"
#include "model/settings/stream_settings.h"
#include "model/store/batch_store.h"
#include "model/store/cursor_store.h"
#include "model/store/database.h"
#include "model/store/migrator.h"
#include "model/store/raw_row_store.h"
#include "model/store/run_log.h"
#include "model/store/transaction.h"
#include "model/store/workspace.h"

#include <QDateTime>
#include <QDir>

namespace streamml::model::pipeline {

using core::Error;

Pipeline::Pipeline(settings::Settings settings)
    : m_settings(std::move(settings))
{
    const settings::SourceSettings source = settings::SourceSettings::from(m_settings);
    m_workspace = std::make_unique<store::Workspace>(m_settings.path(QStringLiteral("workspace"), QStringLiteral("path")));
    m_database = std::make_unique<store::Database>(settings::StoreSettings::from(m_settings, m_workspace->root()));
    store::Migrator::migrate(*m_database);
    m_collector = std::make_unique<Collector>(source, settings::StreamSettings::from(m_settings), m_workspace->piiSalt());
    m_window = std::make_unique<ReferenceWindow>(*m_database);
    m_quality = std::make_unique<QualityStage>(settings::QualitySettings::from(m_settings),
                                               QDir(m_workspace->reportsDir()).absoluteFilePath(QStringLiteral("quality")));
    m_drift = std::make_unique<DriftStage>(settings::DriftSettings::from(m_settings));
    LearningStage::Settings learning;
    learning.source = source;
    learning.models = settings::ModelSettings::from(m_settings);
    learning.validation = settings::ValidationSettings::from(m_settings);
    learning.serving = settings::ServingSettings::from(m_settings);
    learning.meta = settings::MetaSettings::from(m_settings);
    learning.quality = settings::QualitySettings::from(m_settings);
    learning.features = settings::FeatureSettings::from(m_settings);
    learning.modelsDir = m_workspace->modelsDir();
    m_learning = std::make_unique<LearningStage>(learning);
}

Pipeline::~Pipeline() = default;

store::BatchRecord Pipeline::storeRaw(const CollectedBatch &batch, const QString &hash)
{
    std::vector<data::ColumnProfile> profiles = data::Profiler().profile(batch.table);
    for (data::ColumnProfile &p : profiles)
        p.typeViolations = batch.typeViolations.value(p.column);
    store::BatchStore batches(*m_database);
    store::BatchRecord record;
    record.id = batches.nextId();
    record.source = m_collector->describeSource();
    record.segment = batch.source;
    record.timeFrom = qint64(batch.timeFrom);
    record.timeTo = qint64(batch.timeTo);
    record.rows = batch.table.rowCount();
    record.sha256 = hash;
    record.ingestedAt = QDateTime::currentMSecsSinceEpoch();
    batches.insert(record);
    batches.insertProfiles(record.id, profiles);
    store::RawRowStore(*m_database).insert(record.id, batch.table);
    return record;
}

void Pipeline::analyse(store::BatchRecord &record, const CollectedBatch &batch, BatchOutcome &outcome,
                       core::ProgressSink &progress)
{
    const data::ColumnRoles roles(settings::SourceSettings::from(m_settings), batch.table);
    progress.progress(QStringLiteral("data quality"), 2, 4);
    const QualityStage::Result quality = m_quality->run(*m_database, *m_window, record, batch, roles);
    outcome.status = record.status;
    outcome.qualityScore = quality.report.score;
    progress.progress(QStringLiteral("data drift"), 3, 4);
    const auto drift = m_drift->run(*m_database, *m_window, record.id, quality.report.isQuarantined() ? batch.table : quality.cleaned, roles);
    outcome.driftShare = drift ? drift->driftShare : std::nan("");
    const auto learning = m_learning->run(*m_database, *m_window, record, quality.cleaned, roles, quality.report, drift, progress);
    outcome.champion = learning.championAfter;
    outcome.decision = learning.decision;
}

BatchOutcome Pipeline::process(CollectedBatch &batch, core::ProgressSink &progress)
{
    const auto log = core::Log::get("collection");
    BatchOutcome outcome;
    outcome.segment = batch.source;
    outcome.rows = batch.table.rowCount();
    outcome.timeFrom = batch.timeFrom;
    outcome.timeTo = batch.timeTo;
    const QString hash = batch.table.contentHash();

    store::Transaction transaction(*m_database);
    if (const auto existing = store::BatchStore(*m_database).idOfHash(hash)) {
        outcome.duplicateOf = true;
        outcome.duplicateId = *existing;
        outcome.status = QStringLiteral("duplicate");
        log->warn("the batch from {} ({} rows) has the same content as stored batch {}; nothing stored",
                  batch.source, outcome.rows, *existing);
    } else {
        progress.progress(QStringLiteral("storing raw rows"), 1, 4);
        store::BatchRecord record = storeRaw(batch, hash);
        outcome.batchId = record.id;
        analyse(record, batch, outcome, progress);
    }
    store::CursorStore(*m_database).save(batch.after);
    progress.checkCancelled();
    transaction.commit();
    progress.progress(QStringLiteral("stored"), 4, 4);
    if (outcome.batchId > 0)
        log->info("stored batch {}: {} rows, {} .. {}, {}", outcome.batchId, outcome.rows,
                  data::Column::formatTime(outcome.timeFrom), data::Column::formatTime(outcome.timeTo), outcome.status);
    return outcome;
}

UpdateReport Pipeline::update(qint64 maxBatches, core::ProgressSink &progress)
{
    UpdateReport report;
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    try {
        store::CursorStore cursor(*m_database);
        store::RawRowStore raw(*m_database);
        while (maxBatches < 0 || qint64(report.batches.size()) < maxBatches) {
            progress.checkCancelled();
            std::optional<CollectedBatch> batch = m_collector->next(cursor, raw.schema(), progress);
            if (!batch) {
                report.streamEnded = true;
                break;
            }
            report.batches.push_back(process(*batch, progress));
        }
    } catch (const Error &error) {
        report.ok = false;
        report.error = error.message();
        core::Log::get("pipeline")->info("update stopped: {}", error.message());
    }
    if (report.batches.empty() && report.ok)
        core::Log::get("pipeline")->info("no new batch: the stream has no rows after the cursor");
    store::RunLog(*m_database).record(QStringLiteral("update"), started, int(report.batches.size()), report.ok, report.error);
    return report;
}

} // namespace streamml::model::pipeline
