#include "model/store/event_log.h"

#include "model/store/database.h"

#include <QDateTime>

namespace streamml::model::store {

namespace {
QVariant optionalId(qint64 id)
{
    return id < 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(id);
}
} // namespace

EventLog::EventLog(Database &database)
    : m_db(database)
{
}

void EventLog::append(const QString &kind, qint64 batchId, int version, const QString &actor, const QString &reason)
{
    m_db.exec(QStringLiteral("INSERT INTO events (at, kind, batch_id, version, actor, reason) VALUES (?, ?, ?, ?, ?, ?)"),
              {QDateTime::currentMSecsSinceEpoch(), kind, optionalId(batchId), optionalId(version), actor, reason});
}

std::vector<EventLog::Event> EventLog::list() const
{
    std::vector<Event> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, at, kind, batch_id, version, actor, reason FROM events ORDER BY id"));
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.atMs = q.value(1).toLongLong();
        e.kind = q.value(2).toString();
        e.batchId = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
        e.version = q.value(4).isNull() ? -1 : q.value(4).toInt();
        e.actor = q.value(5).toString();
        e.reason = q.value(6).toString();
        result.push_back(e);
    }
    return result;
}

} // namespace streamml::model::store
