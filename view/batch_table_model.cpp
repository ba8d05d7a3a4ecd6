#include "view/batch_table_model.h"

#include "model/data/column.h"

#include <QBrush>
#include <QColor>

namespace streamml::view {

namespace {
enum Col { Id, From, To, Rows, Status, Reasons, Hash, Count };
}

void BatchTableModel::setBatches(std::vector<model::store::BatchRecord> batches)
{
    beginResetModel();
    m_batches = std::move(batches);
    endResetModel();
}

const model::store::BatchRecord *BatchTableModel::batchAt(int row) const
{
    return row >= 0 && row < int(m_batches.size()) ? &m_batches[size_t(row)] : nullptr;
}

int BatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int BatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    const model::store::BatchRecord &b = m_batches[size_t(index.row())];
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (b.status == u"quarantined")
            return QBrush(QColor(180, 30, 30));
        if (b.status == u"cleaned")
            return QBrush(QColor(170, 110, 0));
        return QBrush(QColor(30, 120, 50));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == Rows))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Hash)
        return b.sha256;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id: return b.id;
    case From: return model::data::Column::formatTime(double(b.timeFrom));
    case To: return model::data::Column::formatTime(double(b.timeTo));
    case Rows: return b.rows;
    case Status: return b.status;
    case Reasons: return b.reasons;
    case Hash: return b.sha256.left(12);
    default: return {};
    }
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *names[] = {"Batch", "From", "To", "Rows", "Status", "Reasons", "SHA-256"};
    return tr(names[section]);
}

} // namespace streamml::view
