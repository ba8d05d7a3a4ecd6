#pragma once

#include "model/quality/eda.h"

#include <QAbstractTableModel>

namespace streamml::view {

/// The combinations of columns missing together in a batch, with their row counts and shares.
class MissingPatternTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPatterns(QList<model::quality::Eda::MissingPattern> patterns, qint64 totalRows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<model::quality::Eda::MissingPattern> m_patterns;
    qint64 m_totalRows = 0;
};

} // namespace streamml::view
