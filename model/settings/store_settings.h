#pragma once

#include <QString>

namespace streamml::model::settings {

class Settings;

/// [store]: which database keeps the raw batches and everything computed from them.
struct StoreSettings
{
    enum class Driver { Sqlite, Postgresql };

    Driver driver = Driver::Sqlite;
    QString sqliteFile; ///< absolute path inside the workspace
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;

    /// Reads [store]; the SQLite file lands in `workspaceDir`, the password comes from the named variable.
    static StoreSettings from(const Settings &settings, const QString &workspaceDir);
    QString describe() const;
};

} // namespace streamml::model::settings
