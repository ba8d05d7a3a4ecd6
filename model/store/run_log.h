#pragma once

#include <QString>

namespace streamml::model::store {

class Database;

/// The `runs` table: one row per update, inference or summary run, with its outcome.
class RunLog
{
public:
    explicit RunLog(Database &database);

    void record(const QString &mode, qint64 startedAtMs, int batches, bool ok, const QString &message);

private:
    Database &m_db;
};

} // namespace streamml::model::store
