#pragma once

#include "view/models_overview.h"

#include <QAbstractTableModel>

namespace streamml::view {

/// The registered versions, newest first: status with the champion and challenger marked, lineage,
/// preparation, key hyper-parameters, training data, scores and the package.
class VersionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setOverview(const ModelsOverview &overview);
    /// The version of a row; -1 when out of range.
    int versionAt(int row) const;
    int rowOf(int version) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString status(const ModelsOverview::Version &v) const;
    QVariant display(const ModelsOverview::Version &v, int column) const;
    QVariant toolTip(const ModelsOverview::Version &v, int column) const;
    QVariant decoration(const ModelsOverview::Version &v, int role) const;

    std::vector<ModelsOverview::Version> m_versions; ///< newest first
    int m_champion = -1;
    int m_challenger = -1;
    int m_fallback = -1;
    QString m_metric;
};

} // namespace streamml::view
