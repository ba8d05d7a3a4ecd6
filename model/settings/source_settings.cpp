#include "model/settings/source_settings.h"

#include "model/core/error.h"
#include "model/settings/settings.h"

namespace streamml::model::settings {

namespace {
QChar parseDelimiter(const QString &text)
{
    if (text == u"auto")
        return {};
    if (text == u"tab" || text == u"\\t")
        return QLatin1Char('\t');
    if (text == u"comma")
        return QLatin1Char(',');
    if (text == u"semicolon")
        return QLatin1Char(';');
    if (text.size() == 1 && text != u"\"" && text.at(0).unicode() < 128)
        return text.at(0);
    throw core::Error::settings(
        QStringLiteral("[source] delimiter = \"%1\" is not accepted; expected auto, tab, comma, semicolon or "
                       "one ASCII character other than a double quote")
            .arg(text));
}

SourceSettings::Kind parseKind(const QString &text)
{
    if (text == u"folder")
        return SourceSettings::Kind::Folder;
    if (text == u"sql")
        return SourceSettings::Kind::Sql;
    return SourceSettings::Kind::File;
}
} // namespace

SourceSettings SourceSettings::from(const Settings &s)
{
    const QString section = QStringLiteral("source");
    SourceSettings r;
    r.kind = parseKind(s.text(section, QStringLiteral("kind")));
    r.path = s.path(section, QStringLiteral("path"));
    r.format = s.text(section, QStringLiteral("format"));
    r.delimiter = parseDelimiter(s.text(section, QStringLiteral("delimiter")));
    r.missingTokens = s.list(section, QStringLiteral("missing_tokens"));
    r.sheet = s.text(section, QStringLiteral("sheet"));
    r.folderPatterns = s.text(section, QStringLiteral("folder_pattern")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.timeColumn = s.text(section, QStringLiteral("time_column"));
    r.timeFormat = s.text(section, QStringLiteral("time_format"));
    r.target = s.text(section, QStringLiteral("target"));
    r.task = s.text(section, QStringLiteral("task"));
    r.negativeLabels = s.list(section, QStringLiteral("negative_labels"));
    r.positiveLabel = s.text(section, QStringLiteral("positive_label"));
    r.ignoreColumns = s.list(section, QStringLiteral("ignore_columns"));
    r.piiColumns = s.list(section, QStringLiteral("pii_columns"));
    r.idColumns = s.list(section, QStringLiteral("id_columns"));
    r.sqlDriver = s.text(section, QStringLiteral("sql_driver"));
    r.sqlDatabase = s.text(section, QStringLiteral("sql_database"));
    r.sqlHost = s.text(section, QStringLiteral("sql_host"));
    r.sqlPort = int(s.integer(section, QStringLiteral("sql_port")));
    r.sqlUser = s.text(section, QStringLiteral("sql_user"));
    r.sqlPasswordEnv = s.text(section, QStringLiteral("sql_password_env"));
    r.sqlTable = s.text(section, QStringLiteral("sql_table"));
    if (r.timeColumn.isEmpty())
        throw core::Error::settings(QStringLiteral("[source] time_column is empty; the stream needs a time column"));
    if (r.kind == Kind::Sql && r.sqlTable.isEmpty())
        throw core::Error::settings(QStringLiteral("[source] sql_table is empty; kind = sql needs a table name"));
    return r;
}

} // namespace streamml::model::settings
