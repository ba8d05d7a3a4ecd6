#include "model/store/run_log.h"

#include "model/store/database.h"

#include <QDateTime>

namespace streamml::model::store {

RunLog::RunLog(Database &database)
    : m_db(database)
{
}

void RunLog::record(const QString &mode, qint64 startedAtMs, int batches, bool ok, const QString &message)
{
    m_db.exec(QStringLiteral("INSERT INTO runs (started_at, finished_at, mode, batches, ok, message) VALUES (?, ?, ?, ?, ?, ?)"),
              {startedAtMs, QDateTime::currentMSecsSinceEpoch(), mode, batches, ok ? 1 : 0, message});
}

} // namespace streamml::model::store
