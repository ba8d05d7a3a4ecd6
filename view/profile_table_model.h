#pragma once

#include "model/data/column_profile.h"

#include <QAbstractTableModel>
#include <vector>

namespace streamml::view {

/// Meta-parameters of one batch, a row per column.
class ProfileTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setProfiles(std::vector<model::data::ColumnProfile> profiles);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString figure(const model::data::ColumnProfile &p, double value) const;
    QString topCategories(const model::data::ColumnProfile &p) const;

    std::vector<model::data::ColumnProfile> m_profiles;
};

} // namespace streamml::view
