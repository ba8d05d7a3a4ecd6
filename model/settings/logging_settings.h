#pragma once

#include <QString>

namespace streamml::model::settings {

class Settings;

/// [logging]: levels of the log file and of stderr, and the file rotation.
struct LoggingSettings
{
    QString level;
    QString consoleLevel;
    int fileSizeMb = 5;
    int fileCount = 3;

    static LoggingSettings from(const Settings &settings);
};

} // namespace streamml::model::settings
