#pragma once

#include "model/store/drift_store.h"

#include <QAbstractTableModel>
#include <vector>

namespace streamml::view {

/// The drift tests of one batch, a row per feature and one for the target: test, statistic,
/// p-values, effect, sample sizes and verdict.
class DriftTestTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setResults(std::vector<model::store::DriftStore::Result> results);
    /// The feature (or target) name of a row; empty when out of range.
    QString featureAt(int row) const;
    int rowOf(const QString &feature) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const model::store::DriftStore::Result &r, int column) const;

    std::vector<model::store::DriftStore::Result> m_results;
};

} // namespace streamml::view
