#pragma once

#include "model/evaluation/explain/neighbour_explainer.h"

#include <QAbstractTableModel>
#include <vector>

namespace streamml::view {

/// The training rows nearest to the chosen row, nearest first: distance, label and the batch each
/// came from.
class NeighbourTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setNeighbours(std::vector<model::evaluation::explain::NeighbourExplainer::Neighbour> neighbours);
    /// Whether the model recorded the batch of any of the neighbours.
    bool hasBatches() const;
    static int batchColumn();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<model::evaluation::explain::NeighbourExplainer::Neighbour> m_neighbours;
};

} // namespace streamml::view
