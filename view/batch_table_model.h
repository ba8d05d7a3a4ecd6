#pragma once

#include "model/store/batch_record.h"

#include <QAbstractTableModel>
#include <vector>

namespace streamml::view {

/// The stored batches as a table: id, time range, rows, status, reasons, content hash.
class BatchTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setBatches(std::vector<model::store::BatchRecord> batches);
    const model::store::BatchRecord *batchAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<model::store::BatchRecord> m_batches;
};

} // namespace streamml::view
