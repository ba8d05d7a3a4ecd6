#pragma once

#include "model/quality/quality_finding.h"

#include <QAbstractTableModel>
#include <vector>

namespace streamml::view {

/// The data-quality rules a batch failed: rule, column, measured value, threshold, severity.
class FindingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(std::vector<model::quality::QualityFinding> findings);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<model::quality::QualityFinding> m_findings;
};

} // namespace streamml::view
