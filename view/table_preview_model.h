#pragma once

#include "model/data/table.h"

#include <QAbstractTableModel>

namespace streamml::view {

/// Read-only view of a data table's cells (missing values shown greyed).
class TablePreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(model::data::Table table);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    model::data::Table m_table;
};

} // namespace streamml::view
