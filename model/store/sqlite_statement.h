#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace streamml::model::store {

class Database;

/// A prepared statement on the SQLite handle behind a Qt Sql connection, for bulk inserts: Qt Sql
/// spends thousands of instructions per bound value, SQLite's own API a few dozen.
class SqliteStatement
{
public:
    SqliteStatement(const Database &database, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bindNull(int index);
    void bindDouble(int index, double value);
    void bindInteger(int index, qint64 value);
    /// Binds UTF-8 text that stays alive until the statement runs.
    void bindText(int index, const QByteArray &utf8);
    /// Runs the statement once and resets it for the next row.
    void step();

private:
    void check(int code, const char *what) const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
};

} // namespace streamml::model::store
