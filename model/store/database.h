#pragma once

#include "model/settings/store_settings.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace streamml::model::store {

/// One connection to the store (SQLite file or PostgreSQL server) owned by the thread that opened it.
/// Every statement goes through exec(), which turns SQL errors into Error::store with the statement.
class Database
{
public:
    explicit Database(const settings::StoreSettings &settings);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isPostgres() const { return m_postgres; }
    QSqlDatabase connection() const;
    QString describe() const { return m_description; }

    /// Prepares, binds positionally and runs one statement; the query is returned positioned before its first row.
    QSqlQuery exec(const QString &sql, const QVariantList &values = {}) const;
    /// The first column of the first row, or a null QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;
    QSqlQuery prepare(const QString &sql) const;
    void run(QSqlQuery &query, const QString &sql) const;

    void begin();
    void commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    /// A null QString becomes an empty text (Qt Sql would bind it as NULL); other values pass unchanged.
    static QVariant textNotNull(const QVariant &value);

    /// Quotes a table or column name for the connected driver.
    QString quoted(const QString &identifier) const;

private:
    void configureSqlite();

    QString m_name;
    QString m_description;
    bool m_postgres = false;
    bool m_inTransaction = false;
};

} // namespace streamml::model::store
