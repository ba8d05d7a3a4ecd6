#pragma once

#include "model/data/column.h"

#include <QString>
#include <vector>

namespace streamml::model::data {

/// A columnar table: every stage of the chain reads and writes this one abstraction.
class Table
{
public:
    Table() = default;
    explicit Table(std::vector<Column> columns);

    qsizetype rowCount() const { return m_columns.empty() ? 0 : m_columns.front().size(); }
    qsizetype columnCount() const { return qsizetype(m_columns.size()); }
    const std::vector<Column> &columns() const { return m_columns; }
    const Column &column(qsizetype index) const { return m_columns[size_t(index)]; }
    Column &column(qsizetype index) { return m_columns[size_t(index)]; }
    /// The column called `name`; throws Error::input when there is none.
    const Column &column(const QString &name) const;
    qsizetype indexOf(const QString &name) const;
    bool hasColumn(const QString &name) const { return indexOf(name) >= 0; }
    QStringList columnNames() const;

    /// Adds a column of the table's row count (any count when the table is empty).
    void addColumn(Column column);
    void replaceColumn(qsizetype index, Column column);
    void removeColumn(qsizetype index);

    Table take(const std::vector<qsizetype> &rows) const;
    Table slice(qsizetype from, qsizetype count) const;
    /// Appends the rows of another table; a column only one side has gets missing values on the other.
    void append(const Table &other);

    /// Row order that sorts the table by a numeric or time column, stable, missing values last.
    std::vector<qsizetype> sortOrder(qsizetype columnIndex) const;
    /// SHA-256 of the names, kinds and values, independent of dictionary order.
    QString contentHash() const;

private:
    std::vector<Column> m_columns;
};

} // namespace streamml::model::data
