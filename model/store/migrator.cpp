#include "model/store/migrator.h"

#include "model/core/error.h"
#include "model/core/log.h"
#include "model/store/database.h"
#include "model/store/transaction.h"

#include <QDateTime>

namespace streamml::model::store {

namespace {

std::vector<Migrator::Migration> buildMigrations()
{
    return {
        {1,
         QStringLiteral("collection: batches, meta-parameters, raw rows, stream cursor, events, runs"),
         {QStringLiteral("CREATE TABLE batches (id BIGINT PRIMARY KEY, source TEXT NOT NULL, segment TEXT NOT NULL, "
                         "time_from BIGINT NOT NULL, time_to BIGINT NOT NULL, rows_count BIGINT NOT NULL, "
                         "sha256 TEXT NOT NULL UNIQUE, status TEXT NOT NULL, reasons TEXT NOT NULL, "
                         "ingested_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE TABLE batch_meta (batch_id BIGINT NOT NULL REFERENCES batches(id) ON DELETE CASCADE, "
                         "position INTEGER NOT NULL, column_name TEXT NOT NULL, kind TEXT NOT NULL, rows_count BIGINT NOT NULL, "
                         "missing BIGINT NOT NULL, missing_share DOUBLE PRECISION NOT NULL, mean DOUBLE PRECISION, "
                         "std DOUBLE PRECISION, min_value DOUBLE PRECISION, max_value DOUBLE PRECISION, "
                         "q1 DOUBLE PRECISION, median DOUBLE PRECISION, q3 DOUBLE PRECISION, distinct_count BIGINT NOT NULL, "
                         "top_categories TEXT NOT NULL, type_violations BIGINT NOT NULL, PRIMARY KEY (batch_id, column_name))"),
          QStringLiteral("CREATE TABLE raw_columns (position INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                         "kind TEXT NOT NULL, sql_name TEXT NOT NULL UNIQUE)"),
          QStringLiteral("CREATE TABLE raw_rows (batch_id BIGINT NOT NULL REFERENCES batches(id) ON DELETE CASCADE, "
                         "row_no INTEGER NOT NULL, PRIMARY KEY (batch_id, row_no)){without_rowid}"),
          QStringLiteral("CREATE TABLE stream_cursor (segment TEXT PRIMARY KEY, last_time BIGINT, rows_at_last BIGINT NOT NULL, "
                         "finished INTEGER NOT NULL, updated_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE TABLE events (id {id}, at BIGINT NOT NULL, kind TEXT NOT NULL, batch_id BIGINT, "
                         "version INTEGER, actor TEXT NOT NULL, reason TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE runs (id {id}, started_at BIGINT NOT NULL, finished_at BIGINT NOT NULL, "
                         "mode TEXT NOT NULL, batches INTEGER NOT NULL, ok INTEGER NOT NULL, message TEXT NOT NULL)")}},
        {2,
         QStringLiteral("data analysis: quality per batch and column, data drift per batch and feature"),
         {QStringLiteral("CREATE TABLE batch_quality (batch_id BIGINT PRIMARY KEY REFERENCES batches(id) ON DELETE CASCADE, "
                         "score DOUBLE PRECISION NOT NULL, rows_in BIGINT NOT NULL, rows_out BIGINT NOT NULL, "
                         "duplicate_share DOUBLE PRECISION NOT NULL, out_of_order_share DOUBLE PRECISION NOT NULL, "
                         "future_share DOUBLE PRECISION NOT NULL, feature_missing_share DOUBLE PRECISION NOT NULL, "
                         "findings TEXT NOT NULL, actions TEXT NOT NULL, report_file TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE dq_metrics (batch_id BIGINT NOT NULL REFERENCES batches(id) ON DELETE CASCADE, "
                         "column_name TEXT NOT NULL, role TEXT NOT NULL, metric TEXT NOT NULL, value DOUBLE PRECISION, "
                         "PRIMARY KEY (batch_id, column_name, metric))"),
          QStringLiteral("CREATE TABLE batch_drift (batch_id BIGINT PRIMARY KEY REFERENCES batches(id) ON DELETE CASCADE, "
                         "reference_batches TEXT NOT NULL, reference_rows BIGINT NOT NULL, features_tested INTEGER NOT NULL, "
                         "drifted_count INTEGER NOT NULL, drift_share DOUBLE PRECISION NOT NULL, dataset_drift INTEGER NOT NULL, "
                         "drifted_features TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE drift_results (batch_id BIGINT NOT NULL REFERENCES batches(id) ON DELETE CASCADE, "
                         "kind TEXT NOT NULL, feature TEXT NOT NULL, test TEXT NOT NULL, statistic DOUBLE PRECISION, "
                         "p_value DOUBLE PRECISION, guard_test TEXT NOT NULL, guard_p_value DOUBLE PRECISION, p_adjusted DOUBLE PRECISION, effect DOUBLE PRECISION, drifted INTEGER NOT NULL, "
                         "warning INTEGER NOT NULL, reference_rows BIGINT NOT NULL, current_rows BIGINT NOT NULL, "
                         "PRIMARY KEY (batch_id, kind, feature))")}},
        {3,
         QStringLiteral("learning: model versions, aliases, search results, per-batch learning record, performance, importance"),
         {QStringLiteral("CREATE TABLE model_versions (version INTEGER PRIMARY KEY, family TEXT NOT NULL, task TEXT NOT NULL, "
                         "hyperparameters TEXT NOT NULL, variant TEXT NOT NULL, parent INTEGER, origin TEXT NOT NULL, "
                         "trained_from BIGINT NOT NULL, trained_to BIGINT NOT NULL, trained_batches TEXT NOT NULL, "
                         "data_sha256 TEXT NOT NULL, metrics TEXT NOT NULL, file TEXT NOT NULL, file_sha256 TEXT NOT NULL, "
                         "file_bytes BIGINT NOT NULL, train_seconds DOUBLE PRECISION NOT NULL, status TEXT NOT NULL, "
                         "created_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE TABLE model_aliases (alias TEXT PRIMARY KEY, version INTEGER NOT NULL REFERENCES model_versions(version), "
                         "updated_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE TABLE search_results (batch_id BIGINT NOT NULL REFERENCES batches(id) ON DELETE CASCADE, "
                         "candidate INTEGER NOT NULL, family TEXT NOT NULL, variant TEXT NOT NULL, hyperparameters TEXT NOT NULL, "
                         "metric TEXT NOT NULL, score DOUBLE PRECISION, score_std DOUBLE PRECISION, seconds DOUBLE PRECISION NOT NULL, "
                         "recommended INTEGER NOT NULL, chosen INTEGER NOT NULL, PRIMARY KEY (batch_id, candidate))"),
          QStringLiteral("CREATE TABLE batch_learning (batch_id BIGINT PRIMARY KEY REFERENCES batches(id) ON DELETE CASCADE, "
                         "champion_before INTEGER, champion_after INTEGER, prequential TEXT NOT NULL, errors TEXT NOT NULL, "
                         "model_drift TEXT NOT NULL, detector_reset INTEGER NOT NULL, "
                         "decision TEXT NOT NULL, decision_inputs TEXT NOT NULL, train_seconds DOUBLE PRECISION NOT NULL, "
                         "inference_ms_per_1k DOUBLE PRECISION, latency_p50_ms DOUBLE PRECISION, latency_p95_ms DOUBLE PRECISION, "
                         "latency_p99_ms DOUBLE PRECISION, peak_rss_mb DOUBLE PRECISION NOT NULL)"),
          QStringLiteral("CREATE TABLE version_scores (batch_id BIGINT NOT NULL REFERENCES batches(id) ON DELETE CASCADE, "
                         "version INTEGER NOT NULL, role TEXT NOT NULL, metrics TEXT NOT NULL, PRIMARY KEY (batch_id, version))"),
          QStringLiteral("CREATE TABLE feature_importance (version INTEGER NOT NULL, method TEXT NOT NULL, feature TEXT NOT NULL, "
                         "value DOUBLE PRECISION NOT NULL, PRIMARY KEY (version, method, feature))"),
          QStringLiteral("CREATE TABLE meta_features (batch_id BIGINT PRIMARY KEY REFERENCES batches(id) ON DELETE CASCADE, "
                         "features TEXT NOT NULL, recommendation TEXT NOT NULL, winner TEXT NOT NULL, hit INTEGER)")}},
    };
}

QString dialect(const Database &database, QString statement)
{
    const bool pg = database.isPostgres();
    statement.replace(QStringLiteral("{id}"), pg ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    // SQLite keeps a table keyed by its primary key in one B-tree instead of two.
    return statement.replace(QStringLiteral("{without_rowid}"), pg ? QString() : QStringLiteral(" WITHOUT ROWID"));
}

} // namespace

const std::vector<Migrator::Migration> &Migrator::migrations()
{
    static const std::vector<Migration> all = buildMigrations();
    return all;
}

int Migrator::latestVersion()
{
    return migrations().back().version;
}

int Migrator::currentVersion(Database &database)
{
    database.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                 "description TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
    const QVariant version = database.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
    return version.isNull() ? 0 : version.toInt();
}

void Migrator::migrate(Database &database)
{
    const int current = currentVersion(database);
    if (current > latestVersion())
        throw core::Error::store(QStringLiteral("the store (%1) has schema version %2, newer than this program's %3; "
                                                "use a newer StreamML or another workspace")
                                     .arg(database.describe())
                                     .arg(current)
                                     .arg(latestVersion()));
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        Transaction transaction(database);
        for (const QString &statement : migration.statements)
            database.exec(dialect(database, statement));
        database.exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"),
                      {migration.version, migration.description, QDateTime::currentMSecsSinceEpoch()});
        transaction.commit();
        core::Log::get("store")->info("store migrated to version {}: {}", migration.version, migration.description);
    }
}

} // namespace streamml::model::store
