#include "model/store/batch_store.h"

#include "model/store/database.h"
#include "model/store/sql_values.h"

#include <QSqlRecord>

namespace streamml::model::store {

namespace {
QVariant nullable(double value)
{
    return SqlValues::nullable(value);
}

double orNan(const QVariant &value)
{
    return SqlValues::orNan(value);
}

const QString batchColumns = QStringLiteral(
    "id, source, segment, time_from, time_to, rows_count, sha256, status, reasons, ingested_at");

BatchRecord batchFrom(const QSqlQuery &q)
{
    BatchRecord b;
    b.id = q.value(0).toLongLong();
    b.source = q.value(1).toString();
    b.segment = q.value(2).toString();
    b.timeFrom = q.value(3).toLongLong();
    b.timeTo = q.value(4).toLongLong();
    b.rows = q.value(5).toLongLong();
    b.sha256 = q.value(6).toString();
    b.status = q.value(7).toString();
    b.reasons = q.value(8).toString();
    b.ingestedAt = q.value(9).toLongLong();
    return b;
}
} // namespace

BatchStore::BatchStore(Database &database)
    : m_db(database)
{
}

qint64 BatchStore::nextId() const
{
    return m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM batches")).toLongLong();
}

std::optional<qint64> BatchStore::idOfHash(const QString &sha256) const
{
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM batches WHERE sha256 = ?"), {sha256});
    if (id.isNull())
        return std::nullopt;
    return id.toLongLong();
}

void BatchStore::insert(const BatchRecord &b)
{
    m_db.exec(QStringLiteral("INSERT INTO batches (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(batchColumns),
              {b.id, b.source, b.segment, b.timeFrom, b.timeTo, b.rows, b.sha256, b.status, b.reasons, b.ingestedAt});
}

void BatchStore::setStatus(qint64 id, const QString &status, const QString &reasons)
{
    m_db.exec(QStringLiteral("UPDATE batches SET status = ?, reasons = ? WHERE id = ?"), {status, reasons, id});
}

std::vector<BatchRecord> BatchStore::list() const
{
    std::vector<BatchRecord> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM batches ORDER BY id").arg(batchColumns));
    while (q.next())
        result.push_back(batchFrom(q));
    return result;
}

std::optional<BatchRecord> BatchStore::find(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM batches WHERE id = ?").arg(batchColumns), {id});
    if (!q.next())
        return std::nullopt;
    return batchFrom(q);
}

qint64 BatchStore::count() const
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM batches")).toLongLong();
}

void BatchStore::insertProfiles(qint64 batchId, const std::vector<data::ColumnProfile> &profiles)
{
    const QString sql = QStringLiteral(
        "INSERT INTO batch_meta (batch_id, position, column_name, kind, rows_count, missing, missing_share, mean, std, "
        "min_value, max_value, q1, median, q3, distinct_count, top_categories, type_violations) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QSqlQuery q = m_db.prepare(sql);
    for (size_t i = 0; i < profiles.size(); ++i) {
        const data::ColumnProfile &p = profiles[i];
        const QVariantList values{batchId, int(i), p.column, data::Column::kindName(p.kind), p.rows, p.missing,
                                  p.missingShare, nullable(p.mean), nullable(p.std), nullable(p.min), nullable(p.max),
                                  nullable(p.q1), nullable(p.median), nullable(p.q3), p.distinct,
                                  p.topCategoriesJson(), p.typeViolations};
        for (qsizetype v = 0; v < values.size(); ++v)
            q.bindValue(int(v), Database::textNotNull(values.at(v)));
        m_db.run(q, sql);
    }
}

std::vector<data::ColumnProfile> BatchStore::profiles(qint64 batchId) const
{
    std::vector<data::ColumnProfile> result;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT column_name, kind, rows_count, missing, missing_share, mean, std, min_value, max_value, q1, median, q3, "
        "distinct_count, top_categories, type_violations FROM batch_meta WHERE batch_id = ? ORDER BY position"), {batchId});
    while (q.next()) {
        data::ColumnProfile p;
        p.column = q.value(0).toString();
        data::Column::kindFromName(q.value(1).toString(), &p.kind);
        p.rows = q.value(2).toLongLong();
        p.missing = q.value(3).toLongLong();
        p.missingShare = q.value(4).toDouble();
        p.mean = orNan(q.value(5));
        p.std = orNan(q.value(6));
        p.min = orNan(q.value(7));
        p.max = orNan(q.value(8));
        p.q1 = orNan(q.value(9));
        p.median = orNan(q.value(10));
        p.q3 = orNan(q.value(11));
        p.distinct = q.value(12).toLongLong();
        p.topCategories = data::ColumnProfile::topCategoriesFromJson(q.value(13).toString());
        p.typeViolations = q.value(14).toLongLong();
        result.push_back(std::move(p));
    }
    return result;
}

} // namespace streamml::model::store
