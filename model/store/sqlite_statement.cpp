#include "model/store/sqlite_statement.h"

#include "model/core/error.h"
#include "model/store/database.h"

#include <QSqlDriver>
#include <sqlite3.h>

namespace streamml::model::store {

SqliteStatement::SqliteStatement(const Database &database, const QString &sql)
    : m_sql(sql)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw core::Error::internal(QStringLiteral("the store connection is not SQLite"));
    m_handle = *static_cast<sqlite3 *const *>(handle.data());
    const QByteArray utf8 = sql.toUtf8();
    check(sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr), "prepare");
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::check(int code, const char *what) const
{
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW)
        throw core::Error::store(QStringLiteral("store (SQLite): %1 of \"%2\" failed: %3")
                                     .arg(QString::fromLatin1(what), m_sql.left(200), QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

void SqliteStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_statement, index), "bind");
}

void SqliteStatement::bindDouble(int index, double value)
{
    check(sqlite3_bind_double(m_statement, index, value), "bind");
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, index, value), "bind");
}

void SqliteStatement::bindText(int index, const QByteArray &utf8)
{
    check(sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC), "bind");
}

void SqliteStatement::step()
{
    const int code = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    check(code, "insert");
}

} // namespace streamml::model::store
