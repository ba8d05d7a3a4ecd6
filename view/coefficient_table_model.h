#pragma once

#include "model/evaluation/explain/coefficient_table.h"

#include <QAbstractTableModel>
#include <vector>

namespace streamml::view {

/// One output's coefficients, largest magnitude first in the unit shown: design column, standardised
/// and raw coefficient, odds ratio (logistic models) and the column's scale.
class CoefficientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    /// `standardised` orders by, and takes the odds ratio of, the standardised coefficients.
    void setRows(std::vector<model::evaluation::explain::CoefficientTable::Row> rows, bool standardised, bool logistic);
    /// The rows in table order.
    const std::vector<model::evaluation::explain::CoefficientTable::Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The shown coefficient of a row in the chosen unit.
    static double shown(const model::evaluation::explain::CoefficientTable::Row &row, bool standardised);

private:
    std::vector<model::evaluation::explain::CoefficientTable::Row> m_rows;
    bool m_standardised = true;
    bool m_logistic = false;
};

} // namespace streamml::view
