#include "model/settings/store_settings.h"

#include "model/settings/settings.h"

#include <QDir>

namespace streamml::model::settings {

StoreSettings StoreSettings::from(const Settings &s, const QString &workspaceDir)
{
    const QString section = QStringLiteral("store");
    StoreSettings r;
    r.driver = s.text(section, QStringLiteral("driver")) == u"postgresql" ? Driver::Postgresql : Driver::Sqlite;
    r.sqliteFile = QDir(workspaceDir).absoluteFilePath(s.text(section, QStringLiteral("file")));
    r.host = s.text(section, QStringLiteral("host"));
    r.port = int(s.integer(section, QStringLiteral("port")));
    r.database = s.text(section, QStringLiteral("database"));
    r.user = s.text(section, QStringLiteral("user"));
    r.password = qEnvironmentVariable(s.text(section, QStringLiteral("password_env")).toUtf8().constData());
    return r;
}

QString StoreSettings::describe() const
{
    if (driver == Driver::Sqlite)
        return QStringLiteral("SQLite file %1").arg(sqliteFile);
    return QStringLiteral("PostgreSQL %1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace streamml::model::settings
