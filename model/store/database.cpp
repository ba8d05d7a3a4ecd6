#include "model/store/database.h"

#include "model/core/error.h"
#include "model/core/log.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

namespace streamml::model::store {

using core::Error;

namespace {
void requireDriver(const QString &driver)
{
    if (!QSqlDatabase::isDriverAvailable(driver))
        throw Error::store(QStringLiteral("the Qt Sql driver %1 is not installed (Debian: apt-get install %2)")
                               .arg(driver, driver == u"QSQLITE" ? QStringLiteral("libqt6sql6-sqlite")
                                                                 : QStringLiteral("libqt6sql6-psql")));
}
} // namespace

QVariant Database::textNotNull(const QVariant &value)
{
    // Qt Sql binds a null QString as SQL NULL; an empty text is meant wherever a QString is given.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

Database::Database(const settings::StoreSettings &settings)
    : m_name(QStringLiteral("store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_description(settings.describe())
    , m_postgres(settings.driver == settings::StoreSettings::Driver::Postgresql)
{
    const QString driver = m_postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    requireDriver(driver);
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_name);
    if (m_postgres) {
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setDatabaseName(settings.database);
        db.setUserName(settings.user);
        db.setPassword(settings.password);
    } else {
        QDir().mkpath(QFileInfo(settings.sqliteFile).absolutePath());
        db.setDatabaseName(settings.sqliteFile);
    }
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw Error::store(QStringLiteral("cannot open the store (%1): %2").arg(m_description, reason));
    }
    if (m_postgres)
        exec(QStringLiteral("SET client_min_messages TO WARNING"));
    else
        configureSqlite();
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (m_inTransaction)
            db.rollback();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

void Database::configureSqlite()
{
    exec(QStringLiteral("PRAGMA journal_mode=WAL")).finish();
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    exec(QStringLiteral("PRAGMA busy_timeout=10000"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw Error::store(QStringLiteral("store (%1): cannot prepare \"%2\": %3")
                               .arg(m_description, sql.left(200), query.lastError().text()));
    return query;
}

void Database::run(QSqlQuery &query, const QString &sql) const
{
    if (!query.exec())
        throw Error::store(QStringLiteral("store (%1): \"%2\" failed: %3")
                               .arg(m_description, sql.left(200), query.lastError().text()));
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values) const
{
    if (values.isEmpty()) {
        // PostgreSQL cannot prepare utility statements (SET, CREATE, ...): run them directly.
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.exec(sql))
            throw Error::store(QStringLiteral("store (%1): \"%2\" failed: %3")
                                   .arg(m_description, sql.left(200), query.lastError().text()));
        return query;
    }
    QSqlQuery query = prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), textNotNull(values.at(i)));
    run(query, sql);
    return query;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = exec(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

void Database::begin()
{
    if (m_inTransaction)
        throw Error::internal(QStringLiteral("nested store transaction"));
    if (!connection().transaction())
        throw Error::store(QStringLiteral("store (%1): cannot begin a transaction: %2")
                               .arg(m_description, connection().lastError().text()));
    m_inTransaction = true;
}

void Database::commit()
{
    if (!connection().commit())
        throw Error::store(QStringLiteral("store (%1): commit failed: %2").arg(m_description, connection().lastError().text()));
    m_inTransaction = false;
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    if (!connection().rollback())
        core::Log::get("store")->error("rollback failed: {}", connection().lastError().text());
}

QString Database::quoted(const QString &identifier) const
{
    return connection().driver()->escapeIdentifier(identifier, QSqlDriver::FieldName);
}

} // namespace streamml::model::store
