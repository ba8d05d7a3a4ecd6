#pragma once

#include <QString>
#include <vector>

namespace streamml::model::store {

class Database;

/// The audit trail (`events`): promotions, refusals, rollbacks, quarantines, releases and drift
/// actions, each with who, when and why.
class EventLog
{
public:
    struct Event
    {
        qint64 id = 0;
        qint64 atMs = 0;
        QString kind;
        qint64 batchId = -1; ///< -1: none
        int version = -1;    ///< -1: none
        QString actor;
        QString reason;
    };

    explicit EventLog(Database &database);

    void append(const QString &kind, qint64 batchId, int version, const QString &actor, const QString &reason);
    std::vector<Event> list() const;

private:
    Database &m_db;
};

} // namespace streamml::model::store
