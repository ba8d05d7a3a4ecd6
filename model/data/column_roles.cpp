#include "model/data/column_roles.h"

#include "model/core/error.h"

namespace streamml::model::data {

ColumnRoles::ColumnRoles(const settings::SourceSettings &source, const Table &table)
    : m_source(source)
    , m_time(source.timeColumn)
{
    if (!source.target.isEmpty()) {
        if (!table.hasColumn(source.target))
            throw core::Error::settings(QStringLiteral("[source] target: there is no column \"%1\"; the columns are: %2")
                                            .arg(source.target, table.columnNames().join(QStringLiteral(", "))));
        m_target = source.target;
    }
    for (const Column &column : table.columns())
        if (roleOf(column.name()) == Role::Feature && !column.isTime())
            m_features.append(column.name());
}

ColumnRoles::Role ColumnRoles::roleOf(const QString &column) const
{
    if (column == m_time)
        return Role::Time;
    if (column == m_target && !m_target.isEmpty())
        return Role::Target;
    if (m_source.piiColumns.contains(column))
        return Role::Pii;
    if (m_source.idColumns.contains(column))
        return Role::Id;
    if (m_source.ignoreColumns.contains(column))
        return Role::Ignored;
    return Role::Feature;
}

QStringList ColumnRoles::learningColumns() const
{
    QStringList columns = m_features;
    if (hasTarget())
        columns.append(m_target);
    return columns;
}

QString ColumnRoles::roleName(Role role)
{
    switch (role) {
    case Role::Time: return QStringLiteral("time");
    case Role::Target: return QStringLiteral("target");
    case Role::Ignored: return QStringLiteral("ignored");
    case Role::Id: return QStringLiteral("id");
    case Role::Pii: return QStringLiteral("pii");
    case Role::Feature: return QStringLiteral("feature");
    }
    return {};
}

} // namespace streamml::model::data
