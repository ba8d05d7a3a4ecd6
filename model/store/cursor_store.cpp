#include "model/store/cursor_store.h"

#include "model/store/database.h"

#include <QDateTime>

namespace streamml::model::store {

namespace {
data::StreamPosition positionFrom(const QSqlQuery &q)
{
    data::StreamPosition p;
    p.segment = q.value(0).toString();
    p.lastTimeMs = q.value(1).isNull() ? std::nan("") : double(q.value(1).toLongLong());
    p.rowsAtLastTime = q.value(2).toLongLong();
    p.finished = q.value(3).toInt() != 0;
    return p;
}
} // namespace

CursorStore::CursorStore(Database &database)
    : m_db(database)
{
}

data::StreamPosition CursorStore::position(const QString &segment) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT segment, last_time, rows_at_last, finished FROM stream_cursor WHERE segment = ?"),
                            {segment});
    if (!q.next()) {
        data::StreamPosition start;
        start.segment = segment;
        return start;
    }
    return positionFrom(q);
}

void CursorStore::save(const data::StreamPosition &p)
{
    const QVariant last = p.isStart() ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(qlonglong(p.lastTimeMs));
    m_db.exec(QStringLiteral("INSERT INTO stream_cursor (segment, last_time, rows_at_last, finished, updated_at) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (segment) DO UPDATE SET last_time = excluded.last_time, "
                             "rows_at_last = excluded.rows_at_last, finished = excluded.finished, updated_at = excluded.updated_at"),
              {p.segment, last, p.rowsAtLastTime, p.finished ? 1 : 0, QDateTime::currentMSecsSinceEpoch()});
}

std::vector<data::StreamPosition> CursorStore::all() const
{
    std::vector<data::StreamPosition> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT segment, last_time, rows_at_last, finished FROM stream_cursor ORDER BY segment"));
    while (q.next())
        result.push_back(positionFrom(q));
    return result;
}

} // namespace streamml::model::store
