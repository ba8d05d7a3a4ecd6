#include "view/neighbour_table_model.h"

#include "model/evaluation/explain/design_map.h"

#include <algorithm>

namespace streamml::view {

namespace {
// The label last: the one text column takes the stretched width.
enum Col { Rank, Distance, TrainingRow, Batch, Label, Count };
}

bool NeighbourTableModel::hasBatches() const
{
    return std::any_of(m_neighbours.begin(), m_neighbours.end(), [](const auto &n) { return n.tag >= 0; });
}

int NeighbourTableModel::batchColumn()
{
    return Batch;
}

void NeighbourTableModel::setNeighbours(std::vector<model::evaluation::explain::NeighbourExplainer::Neighbour> neighbours)
{
    beginResetModel();
    m_neighbours = std::move(neighbours);
    endResetModel();
}

int NeighbourTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_neighbours.size());
}

int NeighbourTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant NeighbourTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_neighbours.size())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() != Label)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const auto &n = m_neighbours[size_t(index.row())];
    switch (index.column()) {
    case Rank: return index.row() + 1;
    case Distance: return model::evaluation::explain::DesignMap::number(n.distance);
    case Label: return n.label;
    case Batch: return n.tag >= 0 ? QVariant(n.tag) : QVariant(QStringLiteral("–"));
    case TrainingRow: return n.row;
    default: return {};
    }
}

QVariant NeighbourTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank: return tr("#");
    case Distance: return tr("distance");
    case Label: return tr("label");
    case Batch: return tr("source batch");
    case TrainingRow: return tr("training row");
    default: return {};
    }
}

} // namespace streamml::view
