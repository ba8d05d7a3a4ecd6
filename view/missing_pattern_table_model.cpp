#include "view/missing_pattern_table_model.h"

namespace streamml::view {

namespace {
enum Col { Rows, Share, Columns, Count };
}

void MissingPatternTableModel::setPatterns(QList<model::quality::Eda::MissingPattern> patterns, qint64 totalRows)
{
    beginResetModel();
    m_patterns = std::move(patterns);
    m_totalRows = totalRows;
    endResetModel();
}

int MissingPatternTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_patterns.size());
}

int MissingPatternTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant MissingPatternTableModel::data(const QModelIndex &index, int role) const
{
    const model::quality::Eda::MissingPattern &p = m_patterns.at(index.row());
    const QString columns = p.missingColumns.isEmpty() ? tr("(none: complete rows)") : p.missingColumns.join(QStringLiteral(", "));
    if (role == Qt::ToolTipRole)
        return columns;
    if (role == Qt::TextAlignmentRole && index.column() != Columns)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rows: return p.rows;
    case Share: return m_totalRows > 0 ? QStringLiteral("%1 %").arg(100.0 * double(p.rows) / double(m_totalRows), 0, 'f', 1) : QString();
    case Columns: return columns;
    default: return {};
    }
}

QVariant MissingPatternTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *names[] = {"Rows", "Share", "Missing together"};
    return tr(names[section]);
}

} // namespace streamml::view
