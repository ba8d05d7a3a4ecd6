#include "model/settings/logging_settings.h"

#include "model/settings/settings.h"

namespace streamml::model::settings {

LoggingSettings LoggingSettings::from(const Settings &s)
{
    const QString section = QStringLiteral("logging");
    LoggingSettings r;
    r.level = s.text(section, QStringLiteral("level"));
    r.consoleLevel = s.text(section, QStringLiteral("console_level"));
    r.fileSizeMb = int(s.integer(section, QStringLiteral("file_size_mb")));
    r.fileCount = int(s.integer(section, QStringLiteral("file_count")));
    return r;
}

} // namespace streamml::model::settings
