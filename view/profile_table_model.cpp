#include "view/profile_table_model.h"

namespace streamml::view {

namespace {
enum Col { Name, Kind, Rows, Missing, MissingShare, Mean, Std, Min, Q1, Median, Q3, Max, Distinct, Violations, Top, Count };
}

void ProfileTableModel::setProfiles(std::vector<model::data::ColumnProfile> profiles)
{
    beginResetModel();
    m_profiles = std::move(profiles);
    endResetModel();
}

int ProfileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int ProfileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QString ProfileTableModel::figure(const model::data::ColumnProfile &p, double value) const
{
    if (std::isnan(value))
        return {};
    if (p.kind == model::data::Column::Kind::Time)
        return model::data::Column::formatTime(value);
    return QString::number(value, 'g', 6);
}

QString ProfileTableModel::topCategories(const model::data::ColumnProfile &p) const
{
    QStringList parts;
    for (const auto &[value, count] : p.topCategories)
        parts.append(QStringLiteral("%1 (%2)").arg(value).arg(count));
    return parts.join(QStringLiteral(", "));
}

QVariant ProfileTableModel::data(const QModelIndex &index, int role) const
{
    const model::data::ColumnProfile &p = m_profiles[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() != Name && index.column() != Kind && index.column() != Top)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Top)
        return topCategories(p);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return p.column;
    case Kind: return model::data::Column::kindName(p.kind);
    case Rows: return p.rows;
    case Missing: return p.missing;
    case MissingShare: return QStringLiteral("%1 %").arg(p.missingShare * 100.0, 0, 'f', 1);
    case Mean: return p.kind == model::data::Column::Kind::Numeric ? figure(p, p.mean) : QString();
    case Std: return p.kind == model::data::Column::Kind::Numeric ? QString::number(p.std, 'g', 6) : QString();
    case Min: return figure(p, p.min);
    case Q1: return figure(p, p.q1);
    case Median: return figure(p, p.median);
    case Q3: return figure(p, p.q3);
    case Max: return figure(p, p.max);
    case Distinct: return p.distinct;
    case Violations: return p.typeViolations;
    case Top: return topCategories(p);
    default: return {};
    }
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *names[] = {"Column", "Kind", "Rows", "Missing", "Missing %", "Mean", "Std", "Min",
                                  "Q1", "Median", "Q3", "Max", "Distinct", "Type errors", "Top categories"};
    return tr(names[section]);
}

} // namespace streamml::view
