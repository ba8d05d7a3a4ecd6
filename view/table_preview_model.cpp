#include "view/table_preview_model.h"

#include <QBrush>
#include <QColor>

namespace streamml::view {

void TablePreviewModel::setTable(model::data::Table table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int TablePreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rowCount());
}

int TablePreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columnCount());
}

QVariant TablePreviewModel::data(const QModelIndex &index, int role) const
{
    const model::data::Column &column = m_table.column(index.column());
    const bool missing = column.isMissing(index.row());
    if (role == Qt::DisplayRole)
        return missing ? tr("(missing)") : column.text(index.row());
    if (role == Qt::ForegroundRole && missing)
        return QBrush(QColor(150, 150, 150));
    if (role == Qt::TextAlignmentRole && column.isNumeric())
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TablePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_table.column(section).name();
}

} // namespace streamml::view
