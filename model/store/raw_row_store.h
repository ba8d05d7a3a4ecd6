#pragma once

#include "model/data/table.h"

#include <QHash>
#include <QSqlQuery>
#include <vector>

namespace streamml::model::store {

class Database;

/// The raw rows of every batch, one typed SQL column per source column (`raw_rows`), with the
/// source schema in `raw_columns`. A column first seen in a later batch is added to the table.
class RawRowStore
{
public:
    struct StoredColumn
    {
        int position = 0;
        QString name;
        data::Column::Kind kind = data::Column::Kind::Numeric;
        QString sqlName;
    };

    explicit RawRowStore(Database &database);

    std::vector<StoredColumn> columns() const;
    /// Kinds of the stored columns by name: the schema later batches are coerced to.
    QHash<QString, data::Column::Kind> schema() const;
    /// Adds the table's columns that the store does not hold yet.
    void ensureColumns(const data::Table &table);
    void insert(qint64 batchId, const data::Table &table);
    /// The batch's rows in stored order; `limit` < 0 loads all.
    data::Table load(qint64 batchId, qint64 limit = -1) const;
    /// The rows of several batches, concatenated in the given order.
    data::Table load(const std::vector<qint64> &batchIds) const;

private:
    QString sqlType(data::Column::Kind kind) const;
    void insertThroughSqlite(qint64 batchId, const data::Table &table, const QString &columnList) const;
    void insertThroughQt(qint64 batchId, const data::Table &table, const QString &columnList) const;
    void insertChunk(QSqlQuery &query, const QString &sql, qint64 batchId, const data::Table &table,
                     const std::vector<std::vector<QVariant>> &dictionaries, qsizetype first, qsizetype count) const;

    Database &m_db;
};

} // namespace streamml::model::store
