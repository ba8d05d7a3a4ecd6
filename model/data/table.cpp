#include "model/data/table.h"

#include "model/core/error.h"

#include <QCryptographicHash>
#include <algorithm>
#include <numeric>

namespace streamml::model::data {

using core::Error;

Table::Table(std::vector<Column> columns)
{
    for (Column &c : columns)
        addColumn(std::move(c));
}

const Column &Table::column(const QString &name) const
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        throw Error::input(QStringLiteral("no column \"%1\"; the columns are: %2")
                               .arg(name, columnNames().join(QStringLiteral(", "))));
    return m_columns[size_t(index)];
}

qsizetype Table::indexOf(const QString &name) const
{
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name() == name)
            return qsizetype(i);
    return -1;
}

QStringList Table::columnNames() const
{
    QStringList names;
    for (const Column &c : m_columns)
        names.append(c.name());
    return names;
}

void Table::addColumn(Column column)
{
    if (!m_columns.empty() && column.size() != rowCount())
        throw Error::internal(QStringLiteral("column \"%1\" has %2 rows, the table %3")
                                  .arg(column.name())
                                  .arg(column.size())
                                  .arg(rowCount()));
    if (hasColumn(column.name()))
        throw Error::input(QStringLiteral("column \"%1\" appears twice").arg(column.name()));
    m_columns.push_back(std::move(column));
}

void Table::replaceColumn(qsizetype index, Column column)
{
    if (column.size() != rowCount())
        throw Error::internal(QStringLiteral("replacement column \"%1\" has %2 rows, the table %3")
                                  .arg(column.name())
                                  .arg(column.size())
                                  .arg(rowCount()));
    m_columns[size_t(index)] = std::move(column);
}

void Table::removeColumn(qsizetype index)
{
    m_columns.erase(m_columns.begin() + index);
}

Table Table::take(const std::vector<qsizetype> &rows) const
{
    Table t;
    for (const Column &c : m_columns)
        t.m_columns.push_back(c.take(rows));
    return t;
}

Table Table::slice(qsizetype from, qsizetype count) const
{
    Table t;
    for (const Column &c : m_columns)
        t.m_columns.push_back(c.slice(from, count));
    return t;
}

void Table::append(const Table &other)
{
    if (m_columns.empty()) {
        *this = other;
        return;
    }
    const qsizetype before = rowCount();
    // Columns only one side has are filled with missing values on the other, so batches stored
    // before a column first appeared still line up.
    for (const Column &column : other.columns())
        if (!hasColumn(column.name()))
            m_columns.push_back(Column::missing(column.name(), column.kind(), before));
    for (Column &c : m_columns) {
        const qsizetype index = other.indexOf(c.name());
        if (index < 0) {
            c.append(Column::missing(c.name(), c.kind(), other.rowCount()));
            continue;
        }
        if (other.column(index).kind() != c.kind())
            throw Error::input(QStringLiteral("cannot append: column \"%1\" is %2 on one side and %3 on the other")
                                   .arg(c.name(), Column::kindName(c.kind()), Column::kindName(other.column(index).kind())));
        c.append(other.column(index));
    }
}

std::vector<qsizetype> Table::sortOrder(qsizetype columnIndex) const
{
    const std::vector<double> &values = column(columnIndex).numbers();
    std::vector<qsizetype> order(static_cast<size_t>(rowCount()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const double va = values[size_t(a)];
        const double vb = values[size_t(b)];
        if (std::isnan(vb))
            return !std::isnan(va);
        return va < vb;
    });
    return order;
}

QString Table::contentHash() const
{
    // Values are laid out in one buffer per column and hashed at once: per-cell hash calls cost more
    // than the hashing itself.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    for (const Column &c : m_columns) {
        buffer.clear();
        buffer += (c.name() + QLatin1Char('\x1f') + Column::kindName(c.kind()) + QLatin1Char('\x1e')).toUtf8();
        if (c.isCategorical()) {
            // Hash the sorted dictionary once and each cell as its rank in it: the same content gives
            // the same hash whatever order its categories were first seen in.
            std::vector<std::int32_t> order(size_t(c.dictionary().size()));
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) { return c.dictionary().at(a) < c.dictionary().at(b); });
            std::vector<std::int32_t> rank(order.size());
            for (size_t i = 0; i < order.size(); ++i) {
                rank[size_t(order[i])] = std::int32_t(i);
                buffer += c.dictionary().at(order[i]).toUtf8() + '\x1f';
            }
            buffer += '\x1e';
            std::vector<std::int32_t> canonical(c.codes().size());
            std::transform(c.codes().begin(), c.codes().end(), canonical.begin(),
                           [&](std::int32_t code) { return code < 0 ? -1 : rank[size_t(code)]; });
            buffer.append(reinterpret_cast<const char *>(canonical.data()), qsizetype(canonical.size() * sizeof(std::int32_t)));
        } else {
            // NaN payloads differ between sources; every missing value hashes the same way.
            const double missing = std::nan("");
            std::vector<double> canonical(c.numbers().size());
            std::transform(c.numbers().begin(), c.numbers().end(), canonical.begin(),
                           [&](double v) { return std::isnan(v) ? missing : v; });
            buffer.append(reinterpret_cast<const char *>(canonical.data()), qsizetype(canonical.size() * sizeof(double)));
        }
        hash.addData(buffer);
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace streamml::model::data
