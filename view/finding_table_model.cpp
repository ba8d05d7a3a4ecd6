#include "view/finding_table_model.h"

#include <QBrush>
#include <QColor>

namespace streamml::view {

namespace {
enum Col { Rule, Column, Value, Threshold, Severity, Count };
using model::quality::QualityFinding;
} // namespace

void FindingTableModel::setFindings(std::vector<QualityFinding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant FindingTableModel::data(const QModelIndex &index, int role) const
{
    const QualityFinding &f = m_findings[size_t(index.row())];
    if (role == Qt::ToolTipRole)
        return f.message;
    if (role == Qt::TextAlignmentRole && (index.column() == Value || index.column() == Threshold))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Severity && f.severity == QualityFinding::Severity::Quarantine)
        return QBrush(QColor(180, 20, 20));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rule: return f.rule;
    case Column: return f.column.isEmpty() ? tr("(batch)") : f.column;
    case Value: return QString::number(f.value, 'g', 4);
    case Threshold: return QString::number(f.threshold, 'g', 4);
    case Severity: return QualityFinding::severityName(f.severity);
    default: return {};
    }
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *names[] = {"Rule", "Column", "Value", "Threshold", "Severity"};
    return tr(names[section]);
}

} // namespace streamml::view
