#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace streamml::model::store {

class Database;

/// Brings a store's schema up to date through numbered migrations, each in its own transaction.
class Migrator
{
public:
    struct Migration
    {
        int version;
        QString description;
        QStringList statements; ///< "{id}": an auto-increment primary key; "{without_rowid}": SQLite's clustered table
    };

    /// Applies the pending migrations; refuses a store written by a newer program.
    static void migrate(Database &database);
    static int currentVersion(Database &database);
    static const std::vector<Migration> &migrations();
    static int latestVersion();
};

} // namespace streamml::model::store
