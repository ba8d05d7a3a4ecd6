#include "model/data/sql_source.h"

#include "model/core/error.h"
#include "model/core/progress_sink.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace streamml::model::data {

using core::Error;

namespace {
std::string cellText(const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', 17).toStdString();
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toStdString();
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate).toStdString();
    default:
        return value.toString().toStdString();
    }
}

/// Opens its own connection and removes it when done, so sources can be read from any thread.
class ScopedConnection
{
public:
    explicit ScopedConnection(const settings::SourceSettings &s)
        : m_name(QStringLiteral("source-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s.sqlDriver, m_name);
        db.setDatabaseName(s.sqlDatabase);
        if (s.sqlDriver != u"QSQLITE") {
            db.setHostName(s.sqlHost);
            db.setPort(s.sqlPort);
            db.setUserName(s.sqlUser);
            db.setPassword(qEnvironmentVariable(s.sqlPasswordEnv.toUtf8().constData()));
        }
        if (!db.open())
            throw Error::input(QStringLiteral("sql source %1 (%2): cannot connect: %3")
                                   .arg(s.sqlDatabase, s.sqlDriver, db.lastError().text()));
    }
    ~ScopedConnection() { QSqlDatabase::removeDatabase(m_name); }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};
} // namespace

SqlSource::SqlSource(settings::SourceSettings settings)
    : m_settings(std::move(settings))
{
}

QString SqlSource::describe() const
{
    return QStringLiteral("sql table %1 in %2 (%3)").arg(m_settings.sqlTable, m_settings.sqlDatabase, m_settings.sqlDriver);
}

QList<Segment> SqlSource::segments() const
{
    return {Segment{QStringLiteral("sql:%1:%2:%3").arg(m_settings.sqlDriver, m_settings.sqlDatabase, m_settings.sqlTable), false}};
}

TextTable SqlSource::read(const Segment &, core::ProgressSink &progress) const
{
    TextTable table;
    table.sourceName = describe();
    table.lineWord = QStringLiteral("row");
    {
        ScopedConnection connection(m_settings);
        QSqlDatabase db = connection.database();
        const QString tableName = db.driver()->escapeIdentifier(m_settings.sqlTable, QSqlDriver::TableName);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(tableName)))
            throw Error::input(QStringLiteral("%1: %2").arg(table.sourceName, query.lastError().text()));
        const QSqlRecord record = query.record();
        for (int c = 0; c < record.count(); ++c)
            table.header.append(record.fieldName(c));
        table.cells.resize(size_t(record.count()));
        qint64 row = 0;
        while (query.next()) {
            for (int c = 0; c < record.count(); ++c)
                table.cells[size_t(c)].push_back(cellText(query.value(c)));
            table.rowLines.push_back(++row);
            if (row % 4096 == 0)
                progress.checkCancelled();
        }
    }
    return table;
}

} // namespace streamml::model::data
