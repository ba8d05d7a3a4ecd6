#include "model/store/drift_store.h"

#include "model/store/database.h"
#include "model/store/sql_values.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace streamml::model::store {

namespace {
const QString batchColumns = QStringLiteral(
    "batch_id, reference_batches, reference_rows, features_tested, drifted_count, drift_share, dataset_drift, drifted_features");

DriftStore::BatchDrift batchFrom(const QSqlQuery &q)
{
    DriftStore::BatchDrift b;
    b.batchId = q.value(0).toLongLong();
    for (const QString &id : q.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        b.referenceBatches.push_back(id.toLongLong());
    b.referenceRows = q.value(2).toLongLong();
    b.featuresTested = q.value(3).toInt();
    b.driftedCount = q.value(4).toInt();
    b.driftShare = q.value(5).toDouble();
    b.datasetDrift = q.value(6).toInt() != 0;
    for (const QJsonValue &name : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array())
        b.driftedFeatures.append(name.toString());
    return b;
}
} // namespace

DriftStore::DriftStore(Database &database)
    : m_db(database)
{
}

void DriftStore::insertResult(qint64 batchId, const QString &kind, const drift::FeatureDrift &f)
{
    m_db.exec(QStringLiteral("INSERT INTO drift_results (batch_id, kind, feature, test, statistic, p_value, guard_test, guard_p_value, "
                             "p_adjusted, effect, drifted, warning, reference_rows, current_rows) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {batchId, kind, f.feature, f.result.test, SqlValues::nullable(f.result.statistic), SqlValues::nullable(f.result.pValue),
               f.guardTest, SqlValues::nullable(f.guardPValue), SqlValues::nullable(f.adjustedPValue), SqlValues::nullable(f.result.effect), f.drifted ? 1 : 0,
               f.result.warning ? 1 : 0, f.referenceRows, f.currentRows});
}

void DriftStore::save(qint64 batchId, const drift::DatasetDrift &features, const std::vector<qint64> &referenceBatches,
                      qint64 referenceRows)
{
    QStringList ids;
    for (qint64 id : referenceBatches)
        ids.append(QString::number(id));
    m_db.exec(QStringLiteral("INSERT INTO batch_drift (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(batchColumns),
              {batchId, ids.join(QLatin1Char(',')), referenceRows, int(features.features.size()), int(features.driftedCount),
               features.driftShare, features.drifted ? 1 : 0,
               QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(features.driftedFeatures())).toJson(QJsonDocument::Compact))});
    for (const drift::FeatureDrift &f : features.features)
        insertResult(batchId, QStringLiteral("feature"), f);
}

void DriftStore::saveExtra(qint64 batchId, const QString &kind, const drift::FeatureDrift &result)
{
    insertResult(batchId, kind, result);
}

std::optional<DriftStore::BatchDrift> DriftStore::find(qint64 batchId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM batch_drift WHERE batch_id = ?").arg(batchColumns), {batchId});
    if (!q.next())
        return std::nullopt;
    return batchFrom(q);
}

std::vector<DriftStore::BatchDrift> DriftStore::all() const
{
    std::vector<BatchDrift> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM batch_drift ORDER BY batch_id").arg(batchColumns));
    while (q.next())
        result.push_back(batchFrom(q));
    return result;
}

std::vector<DriftStore::Result> DriftStore::results(qint64 batchId) const
{
    QString sql = QStringLiteral("SELECT batch_id, kind, feature, test, statistic, p_value, p_adjusted, effect, drifted, warning, "
                                 "reference_rows, current_rows, guard_test, guard_p_value FROM drift_results");
    QVariantList values;
    if (batchId >= 0) {
        sql += QStringLiteral(" WHERE batch_id = ?");
        values.append(batchId);
    }
    sql += QStringLiteral(" ORDER BY batch_id, kind, feature");
    std::vector<Result> result;
    QSqlQuery q = m_db.exec(sql, values);
    while (q.next()) {
        Result r;
        r.batchId = q.value(0).toLongLong();
        r.kind = q.value(1).toString();
        r.drift.feature = q.value(2).toString();
        r.drift.result.test = q.value(3).toString();
        r.drift.result.statistic = SqlValues::orNan(q.value(4));
        r.drift.result.pValue = SqlValues::orNan(q.value(5));
        r.drift.adjustedPValue = SqlValues::orNan(q.value(6));
        r.drift.result.effect = SqlValues::orNan(q.value(7));
        r.drift.drifted = q.value(8).toInt() != 0;
        r.drift.result.drift = r.drift.drifted;
        r.drift.result.warning = q.value(9).toInt() != 0;
        r.drift.referenceRows = q.value(10).toLongLong();
        r.drift.currentRows = q.value(11).toLongLong();
        r.drift.guardTest = q.value(12).toString();
        r.drift.guardPValue = SqlValues::orNan(q.value(13));
        result.push_back(std::move(r));
    }
    return result;
}

} // namespace streamml::model::store
