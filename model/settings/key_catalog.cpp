#include "model/settings/key_catalog.h"

namespace streamml::model::settings {

namespace {
using Type = KeyDef::Type;

KeyDef integer(const char *section, const char *key, qlonglong def, qlonglong lo, qlonglong hi, const char *help)
{
    return {QString::fromLatin1(section), QString::fromLatin1(key), Type::Integer, QString::number(def),
            QString::fromUtf8(help), double(lo), double(hi), {}};
}

KeyDef choice(const char *section, const char *key, const char *def, QStringList choices, const char *help)
{
    return {QString::fromLatin1(section), QString::fromLatin1(key), Type::Choice, QString::fromLatin1(def),
            QString::fromUtf8(help), 0, 0, std::move(choices)};
}

KeyDef plain(Type type, const char *section, const char *key, const char *def, const char *help)
{
    return {QString::fromLatin1(section), QString::fromLatin1(key), type, QString::fromUtf8(def),
            QString::fromUtf8(help), 0, 0, {}};
}

std::vector<KeyDef> buildCatalog()
{
    return {
        // [source]: where the stream comes from and what its columns mean.
        choice("source", "kind", "file", {"file", "folder", "sql"}, "file: one table file; folder: a drop folder, each new file a segment; sql: a table behind a Qt Sql connection"),
        plain(Type::Path, "source", "path", "resources/data/birdstrikes.csv", "file (CSV, CSV.gz, XLSX) or drop folder"),
        choice("source", "format", "auto", {"auto", "csv", "csv.gz", "xlsx"}, "file format; auto picks it from the file name"),
        plain(Type::Text, "source", "delimiter", "auto", "CSV field delimiter: auto, a character, or tab"),
        plain(Type::List, "source", "missing_tokens", "NA,N/A,NaN,nan,null,NULL,?", "cell values read as missing (empty cells always are)"),
        plain(Type::Text, "source", "sheet", "", "XLSX sheet name; empty takes the first sheet"),
        plain(Type::Text, "source", "folder_pattern", "*.csv *.csv.gz *.xlsx", "file name patterns a drop folder accepts, space separated"),
        plain(Type::Text, "source", "time_column", "Flight Date", "the column that orders the stream"),
        plain(Type::Text, "source", "time_format", "auto", "auto (ISO 8601 dates and times) or a Qt date-time format such as dd.MM.yyyy"),
        plain(Type::Text, "source", "target", "Effect Amount of damage", "the column the models predict"),
        choice("source", "task", "auto", {"auto", "classification", "regression"}, "auto: classification for a categorical target, regression for a numeric one"),
        plain(Type::List, "source", "ignore_columns", "Cost Other,Cost Repair,Cost Total $", "columns kept in the store but never used as features"),
        plain(Type::List, "source", "pii_columns", "", "columns replaced at ingest by a salted hash"),
        plain(Type::List, "source", "id_columns", "", "row identifiers: stored, never used as features"),
        choice("source", "sql_driver", "QSQLITE", {"QSQLITE", "QPSQL"}, "Qt Sql driver of an sql source"),
        plain(Type::Text, "source", "sql_database", "", "database name or SQLite file of an sql source"),
        plain(Type::Text, "source", "sql_host", "127.0.0.1", "host of an sql source"),
        integer("source", "sql_port", 5432, 1, 65535, "port of an sql source"),
        plain(Type::Text, "source", "sql_user", "", "user of an sql source"),
        plain(Type::Text, "source", "sql_password_env", "STREAMML_SOURCE_PASSWORD", "environment variable holding the sql source's password"),
        plain(Type::Text, "source", "sql_table", "", "table (or view) of an sql source"),

        // [stream]: how the ordered table is cut into batches.
        integer("stream", "batch_rows", 1000, 1, 100000000, "rows per batch when no window is set"),
        plain(Type::Duration, "stream", "window", "", "time window per batch (e.g. 7d, 1m, 1q, 1y); empty cuts by batch_rows"),

        // [workspace] and [store]: where a run leaves everything it keeps.
        plain(Type::Path, "workspace", "path", "workspace", "folder holding the store, models, predictions, reports and logs"),
        choice("store", "driver", "sqlite", {"sqlite", "postgresql"}, "sqlite: a file in the workspace; postgresql: a server through QPSQL"),
        plain(Type::Text, "store", "file", "streamml.sqlite", "SQLite file name inside the workspace"),
        plain(Type::Text, "store", "host", "127.0.0.1", "PostgreSQL host"),
        integer("store", "port", 5432, 1, 65535, "PostgreSQL port"),
        plain(Type::Text, "store", "database", "streamml", "PostgreSQL database"),
        plain(Type::Text, "store", "user", "streamml", "PostgreSQL user"),
        plain(Type::Text, "store", "password_env", "STREAMML_STORE_PASSWORD", "environment variable holding the PostgreSQL password"),

        // [logging]
        choice("logging", "level", "info", {"trace", "debug", "info", "warning", "error", "off"}, "level of the log file in the workspace's logs/"),
        choice("logging", "console_level", "warning", {"trace", "debug", "info", "warning", "error", "off"}, "level of the log lines on stderr"),
        integer("logging", "file_size_mb", 5, 1, 1024, "size of one log file before it rotates"),
        integer("logging", "file_count", 3, 1, 100, "rotated log files kept"),
    };
}
} // namespace

const std::vector<KeyDef> &KeyCatalog::all()
{
    static const std::vector<KeyDef> catalog = buildCatalog();
    return catalog;
}

const KeyDef *KeyCatalog::find(const QString &section, const QString &key)
{
    for (const KeyDef &def : all())
        if (def.section == section && def.key == key)
            return &def;
    return nullptr;
}

QStringList KeyCatalog::sections()
{
    QStringList result;
    for (const KeyDef &def : all())
        if (!result.contains(def.section))
            result.append(def.section);
    return result;
}

QStringList KeyCatalog::keysOf(const QString &section)
{
    QStringList result;
    for (const KeyDef &def : all())
        if (def.section == section)
            result.append(def.key);
    return result;
}

} // namespace streamml::model::settings
