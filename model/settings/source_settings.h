#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

namespace streamml::model::settings {

class Settings;

/// [source]: where the stream comes from and what its columns mean.
struct SourceSettings
{
    enum class Kind { File, Folder, Sql };

    Kind kind = Kind::File;
    QString path;
    QString format;
    QChar delimiter; ///< null: detect from the header line
    QStringList missingTokens;
    QString sheet;
    QStringList folderPatterns;
    QString timeColumn;
    QString timeFormat;
    QString target;
    QString task;
    QStringList negativeLabels;
    QString positiveLabel;
    QStringList ignoreColumns;
    QStringList piiColumns;
    QStringList idColumns;
    QString sqlDriver;
    QString sqlDatabase;
    QString sqlHost;
    int sqlPort = 5432;
    QString sqlUser;
    QString sqlPasswordEnv;
    QString sqlTable;

    static SourceSettings from(const Settings &settings);
};

} // namespace streamml::model::settings
