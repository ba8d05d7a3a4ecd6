#include "model/store/quality_store.h"

#include "model/store/database.h"
#include "model/store/sql_values.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace streamml::model::store {

namespace {
QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QualityStore::BatchQuality qualityFrom(const QSqlQuery &q)
{
    QualityStore::BatchQuality b;
    b.batchId = q.value(0).toLongLong();
    b.score = q.value(1).toDouble();
    b.rowsIn = q.value(2).toLongLong();
    b.rowsOut = q.value(3).toLongLong();
    b.duplicateShare = q.value(4).toDouble();
    b.outOfOrderShare = q.value(5).toDouble();
    b.futureShare = q.value(6).toDouble();
    b.featureMissingShare = q.value(7).toDouble();
    b.findings = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array();
    b.actions = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    b.reportFile = q.value(10).toString();
    return b;
}

const QString qualityColumns = QStringLiteral(
    "batch_id, score, rows_in, rows_out, duplicate_share, out_of_order_share, future_share, feature_missing_share, "
    "findings, actions, report_file");
} // namespace

QualityStore::QualityStore(Database &database)
    : m_db(database)
{
}

QJsonArray QualityStore::findingsJson(const quality::QualityReport &report)
{
    QJsonArray findings;
    for (const quality::QualityFinding &f : report.findings)
        findings.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                    {QStringLiteral("column"), f.column},
                                    {QStringLiteral("value"), f.value},
                                    {QStringLiteral("threshold"), f.threshold},
                                    {QStringLiteral("severity"), quality::QualityFinding::severityName(f.severity)},
                                    {QStringLiteral("message"), f.message}});
    return findings;
}

QJsonObject QualityStore::actionsJson(const quality::CleaningActions &actions)
{
    QJsonObject clipped;
    for (auto it = actions.valuesClipped.cbegin(); it != actions.valuesClipped.cend(); ++it)
        clipped.insert(it.key(), double(it.value()));
    return {{QStringLiteral("rows_in"), double(actions.rowsIn)},
            {QStringLiteral("rows_out"), double(actions.rowsOut)},
            {QStringLiteral("duplicate_rows_dropped"), double(actions.duplicateRowsDropped)},
            {QStringLiteral("values_clipped"), clipped},
            {QStringLiteral("columns_dropped"), QJsonArray::fromStringList(actions.columnsDropped)}};
}

void QualityStore::save(qint64 batchId, const quality::QualityReport &report, const QString &reportFile)
{
    m_db.exec(QStringLiteral("INSERT INTO batch_quality (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(qualityColumns),
              {batchId, report.score, report.rows, report.actions.rowsOut, report.duplicateShare, report.outOfOrderShare,
               report.futureShare, report.featureMissingShare, compact(QJsonDocument(findingsJson(report))),
               compact(QJsonDocument(actionsJson(report.actions))), reportFile});
    const QString sql = QStringLiteral("INSERT INTO dq_metrics (batch_id, column_name, role, metric, value) VALUES (?, ?, ?, ?, ?)");
    QSqlQuery insert = m_db.prepare(sql);
    for (const quality::ColumnQuality &column : report.columns) {
        for (const auto &[metric, value] : column.metrics()) {
            insert.bindValue(0, batchId);
            insert.bindValue(1, column.column);
            insert.bindValue(2, column.role);
            insert.bindValue(3, metric);
            insert.bindValue(4, SqlValues::nullable(value));
            m_db.run(insert, sql);
        }
    }
}

std::optional<QualityStore::BatchQuality> QualityStore::find(qint64 batchId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM batch_quality WHERE batch_id = ?").arg(qualityColumns), {batchId});
    if (!q.next())
        return std::nullopt;
    return qualityFrom(q);
}

std::vector<QualityStore::BatchQuality> QualityStore::all() const
{
    std::vector<BatchQuality> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM batch_quality ORDER BY batch_id").arg(qualityColumns));
    while (q.next())
        result.push_back(qualityFrom(q));
    return result;
}

QMap<QString, QMap<QString, double>> QualityStore::metrics(qint64 batchId) const
{
    QMap<QString, QMap<QString, double>> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT column_name, metric, value FROM dq_metrics WHERE batch_id = ?"), {batchId});
    while (q.next())
        result[q.value(0).toString()].insert(q.value(1).toString(), SqlValues::orNan(q.value(2)));
    return result;
}

QMap<qint64, double> QualityStore::series(const QString &column, const QString &metric) const
{
    QMap<qint64, double> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT batch_id, value FROM dq_metrics WHERE column_name = ? AND metric = ? ORDER BY batch_id"),
                            {column, metric});
    while (q.next())
        result.insert(q.value(0).toLongLong(), SqlValues::orNan(q.value(1)));
    return result;
}

} // namespace streamml::model::store
