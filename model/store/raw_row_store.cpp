#include "model/store/raw_row_store.h"

#include "model/core/error.h"
#include "model/store/database.h"
#include "model/store/sqlite_statement.h"

#include <QSqlQuery>
#include <unordered_map>

namespace streamml::model::store {

using data::Column;

namespace {
// Multi-row inserts save round trips to a server; Qt Sql's binding cost grows with the statement's
// parameter count, so chunks stay moderate.
constexpr qsizetype maxValuesPerStatement = 2000;
constexpr qsizetype maxRowsPerStatement = 200;

QString insertSql(const QString &columnList, qsizetype columnsPerRow, qsizetype rows)
{
    QString row = QStringLiteral("(?");
    for (qsizetype i = 1; i < columnsPerRow; ++i)
        row += QStringLiteral(",?");
    row += QLatin1Char(')');
    QStringList values;
    values.reserve(rows);
    for (qsizetype i = 0; i < rows; ++i)
        values.append(row);
    return QStringLiteral("INSERT INTO raw_rows (%1) VALUES %2").arg(columnList, values.join(QLatin1Char(',')));
}

/// Builds a column from query values, dictionary-encoding categories as they arrive.
class ColumnBuilder
{
public:
    ColumnBuilder(QString name, Column::Kind kind) : m_name(std::move(name)), m_kind(kind) {}

    void add(const QVariant &value)
    {
        if (m_kind != Column::Kind::Categorical) {
            m_numbers.push_back(value.isNull() ? std::nan("") : value.toDouble());
            return;
        }
        if (value.isNull()) {
            m_codes.push_back(-1);
            return;
        }
        const QString text = value.toString();
        auto [it, inserted] = m_index.try_emplace(text, std::int32_t(m_dictionary.size()));
        if (inserted)
            m_dictionary.append(text);
        m_codes.push_back(it->second);
    }

    Column build()
    {
        if (m_kind == Column::Kind::Categorical)
            return Column::categorical(m_name, std::move(m_codes), std::move(m_dictionary));
        return m_kind == Column::Kind::Time ? Column::time(m_name, std::move(m_numbers)) : Column::numeric(m_name, std::move(m_numbers));
    }

private:
    QString m_name;
    Column::Kind m_kind;
    std::vector<double> m_numbers;
    std::vector<std::int32_t> m_codes;
    QStringList m_dictionary;
    std::unordered_map<QString, std::int32_t> m_index;
};
} // namespace

RawRowStore::RawRowStore(Database &database)
    : m_db(database)
{
}

std::vector<RawRowStore::StoredColumn> RawRowStore::columns() const
{
    std::vector<StoredColumn> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT position, name, kind, sql_name FROM raw_columns ORDER BY position"));
    while (q.next()) {
        StoredColumn c;
        c.position = q.value(0).toInt();
        c.name = q.value(1).toString();
        Column::kindFromName(q.value(2).toString(), &c.kind);
        c.sqlName = q.value(3).toString();
        result.push_back(c);
    }
    return result;
}

QHash<QString, Column::Kind> RawRowStore::schema() const
{
    QHash<QString, Column::Kind> result;
    for (const StoredColumn &c : columns())
        result.insert(c.name, c.kind);
    return result;
}

QString RawRowStore::sqlType(Column::Kind kind) const
{
    switch (kind) {
    case Column::Kind::Numeric: return QStringLiteral("DOUBLE PRECISION");
    case Column::Kind::Time: return QStringLiteral("BIGINT");
    case Column::Kind::Categorical: return QStringLiteral("TEXT");
    }
    return QStringLiteral("TEXT");
}

void RawRowStore::ensureColumns(const data::Table &table)
{
    const QHash<QString, Column::Kind> known = schema();
    int position = int(known.size());
    for (const Column &column : table.columns()) {
        const auto it = known.constFind(column.name());
        if (it != known.constEnd()) {
            if (*it != column.kind())
                throw core::Error::internal(QStringLiteral("column \"%1\" is %2 in the store but %3 in the batch")
                                                .arg(column.name(), Column::kindName(*it), Column::kindName(column.kind())));
            continue;
        }
        const QString sqlName = QStringLiteral("c%1").arg(position);
        m_db.exec(QStringLiteral("ALTER TABLE raw_rows ADD COLUMN %1 %2").arg(sqlName, sqlType(column.kind())));
        m_db.exec(QStringLiteral("INSERT INTO raw_columns (position, name, kind, sql_name) VALUES (?, ?, ?, ?)"),
                  {position, column.name(), Column::kindName(column.kind()), sqlName});
        ++position;
    }
}

void RawRowStore::insertChunk(QSqlQuery &query, const QString &sql, qint64 batchId, const data::Table &table,
                              const std::vector<std::vector<QVariant>> &dictionaries, qsizetype first,
                              qsizetype count) const
{
    const QVariant batch(batchId);
    const QVariant nullNumber(QMetaType::fromType<double>());
    const QVariant nullText(QMetaType::fromType<QString>());
    const QVariant nullTime(QMetaType::fromType<qlonglong>());
    int position = 0;
    for (qsizetype r = first; r < first + count; ++r) {
        query.bindValue(position++, batch);
        query.bindValue(position++, int(r));
        for (qsizetype c = 0; c < table.columnCount(); ++c) {
            const Column &column = table.column(c);
            switch (column.kind()) {
            case Column::Kind::Categorical: {
                const std::int32_t code = column.codes()[size_t(r)];
                query.bindValue(position++, code < 0 ? nullText : dictionaries[size_t(c)][size_t(code)]);
                break;
            }
            case Column::Kind::Numeric: {
                const double v = column.numbers()[size_t(r)];
                query.bindValue(position++, std::isnan(v) ? nullNumber : QVariant(v));
                break;
            }
            case Column::Kind::Time: {
                const double v = column.numbers()[size_t(r)];
                query.bindValue(position++, std::isnan(v) ? nullTime : QVariant(qlonglong(v)));
                break;
            }
            }
        }
    }
    m_db.run(query, sql);
}

void RawRowStore::insert(qint64 batchId, const data::Table &table)
{
    ensureColumns(table);
    QHash<QString, QString> sqlNames;
    for (const StoredColumn &c : columns())
        sqlNames.insert(c.name, c.sqlName);
    QStringList names{QStringLiteral("batch_id"), QStringLiteral("row_no")};
    for (const Column &column : table.columns())
        names.append(sqlNames.value(column.name()));
    if (m_db.isPostgres())
        insertThroughQt(batchId, table, names.join(QLatin1Char(',')));
    else
        insertThroughSqlite(batchId, table, names.join(QLatin1Char(',')));
}

void RawRowStore::insertThroughSqlite(qint64 batchId, const data::Table &table, const QString &columnList) const
{
    std::vector<std::vector<QByteArray>> dictionaries(size_t(table.columnCount()));
    for (qsizetype c = 0; c < table.columnCount(); ++c)
        for (const QString &value : table.column(c).dictionary())
            dictionaries[size_t(c)].push_back(value.toUtf8());
    SqliteStatement insert(m_db, insertSql(columnList, table.columnCount() + 2, 1));
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        insert.bindInteger(1, batchId);
        insert.bindInteger(2, r);
        for (qsizetype c = 0; c < table.columnCount(); ++c) {
            const Column &column = table.column(c);
            const int index = int(c) + 3;
            if (column.isMissing(r))
                insert.bindNull(index);
            else if (column.isCategorical())
                insert.bindText(index, dictionaries[size_t(c)][size_t(column.codes()[size_t(r)])]);
            else if (column.isTime())
                insert.bindInteger(index, qint64(column.numbers()[size_t(r)]));
            else
                insert.bindDouble(index, column.numbers()[size_t(r)]);
        }
        insert.step();
    }
}

void RawRowStore::insertThroughQt(qint64 batchId, const data::Table &table, const QString &columnList) const
{
    std::vector<std::vector<QVariant>> dictionaries(size_t(table.columnCount()));
    for (qsizetype c = 0; c < table.columnCount(); ++c)
        for (const QString &value : table.column(c).dictionary())
            dictionaries[size_t(c)].push_back(value);
    const qsizetype perRow = table.columnCount() + 2;
    const qsizetype chunk = std::max<qsizetype>(1, std::min(maxRowsPerStatement, maxValuesPerStatement / perRow));
    const QString fullSql = insertSql(columnList, perRow, chunk);
    QSqlQuery full = m_db.prepare(fullSql);
    qsizetype first = 0;
    for (; first + chunk <= table.rowCount(); first += chunk)
        insertChunk(full, fullSql, batchId, table, dictionaries, first, chunk);
    if (first < table.rowCount()) {
        const QString restSql = insertSql(columnList, perRow, table.rowCount() - first);
        QSqlQuery rest = m_db.prepare(restSql);
        insertChunk(rest, restSql, batchId, table, dictionaries, first, table.rowCount() - first);
    }
}

data::Table RawRowStore::load(qint64 batchId, qint64 limit) const
{
    const std::vector<StoredColumn> stored = columns();
    QStringList names;
    std::vector<ColumnBuilder> builders;
    for (const StoredColumn &c : stored) {
        names.append(c.sqlName);
        builders.emplace_back(c.name, c.kind);
    }
    if (stored.empty())
        return {};
    QString sql = QStringLiteral("SELECT %1 FROM raw_rows WHERE batch_id = ? ORDER BY row_no").arg(names.join(QLatin1Char(',')));
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q = m_db.exec(sql, {batchId});
    while (q.next())
        for (size_t c = 0; c < builders.size(); ++c)
            builders[c].add(q.value(int(c)));
    std::vector<Column> built;
    for (ColumnBuilder &b : builders)
        built.push_back(b.build());
    return data::Table(std::move(built));
}

data::Table RawRowStore::load(const std::vector<qint64> &batchIds) const
{
    data::Table result;
    for (qint64 id : batchIds)
        result.append(load(id));
    return result;
}

} // namespace streamml::model::store
