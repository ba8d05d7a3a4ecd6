#include "view/coefficient_table_model.h"

#include "model/evaluation/explain/design_map.h"

#include <algorithm>
#include <cmath>

namespace streamml::view {

namespace {
using model::evaluation::explain::CoefficientTable;
using model::evaluation::explain::DesignMap;

// The numbers first after the name: the design column already names its input.
enum Col { Feature, Standardised, Raw, OddsRatio, Scale, Count };
} // namespace

double CoefficientTableModel::shown(const CoefficientTable::Row &row, bool standardised)
{
    return standardised ? row.standardised : row.raw;
}

void CoefficientTableModel::setRows(std::vector<CoefficientTable::Row> rows, bool standardised, bool logistic)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_standardised = standardised;
    m_logistic = logistic;
    std::stable_sort(m_rows.begin(), m_rows.end(), [standardised](const CoefficientTable::Row &a, const CoefficientTable::Row &b) {
        return std::abs(shown(a, standardised)) > std::abs(shown(b, standardised));
    });
    endResetModel();
}

int CoefficientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoefficientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant CoefficientTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const CoefficientTable::Row &r = m_rows[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() >= Standardised)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == OddsRatio)
        return m_logistic
                   ? tr("exp(coefficient): how the odds of %1 multiply per %2").arg(r.output, m_standardised ? tr("scale unit") : tr("input unit"))
                   : tr("Odds ratios exist for logistic models only");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Feature: return r.feature;
    case Standardised: return DesignMap::number(r.standardised);
    case Raw: return DesignMap::number(r.raw);
    case OddsRatio: return m_logistic ? DesignMap::number(m_standardised ? r.standardisedOddsRatio : r.oddsRatio) : QStringLiteral("–");
    case Scale: return r.scaler == u"none" ? QStringLiteral("–") : tr("%1 (%2)").arg(DesignMap::number(r.scale), r.scaler);
    default: return {};
    }
}

QVariant CoefficientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == OddsRatio)
        return m_standardised ? tr("exp(standardised coefficient): per scale unit") : tr("exp(raw coefficient): per input unit");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Feature: return tr("design column");
    case Standardised: return tr("standardised");
    case Raw: return tr("raw");
    case OddsRatio: return tr("odds ratio");
    case Scale: return tr("scale");
    default: return {};
    }
}

} // namespace streamml::view
