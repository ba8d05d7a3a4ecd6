#include "view/drift_test_table_model.h"

#include <QBrush>
#include <QColor>

namespace streamml::view {

namespace {
// Verdict and effect first: what a user scans for before the figures behind them.
enum Col { Feature, Verdict, Effect, Test, Statistic, PValue, Guard, GuardP, Adjusted, ReferenceRows, CurrentRows, Count };

QString figure(double value)
{
    return std::isnan(value) ? QStringLiteral("–") : QString::number(value, 'g', 3);
}
} // namespace

void DriftTestTableModel::setResults(std::vector<model::store::DriftStore::Result> results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

QString DriftTestTableModel::featureAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_results[size_t(row)].drift.feature : QString();
}

int DriftTestTableModel::rowOf(const QString &feature) const
{
    for (size_t i = 0; i < m_results.size(); ++i)
        if (m_results[i].drift.feature == feature)
            return int(i);
    return -1;
}

int DriftTestTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int DriftTestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant DriftTestTableModel::display(const model::store::DriftStore::Result &r, int column) const
{
    const model::drift::FeatureDrift &d = r.drift;
    switch (column) {
    case Feature: return r.kind == u"feature" ? d.feature : tr("%1 (%2)").arg(d.feature, r.kind);
    case Test: return d.result.test;
    case Statistic: return figure(d.result.statistic);
    case PValue: return figure(d.result.pValue);
    case Guard: return d.guardTest.isEmpty() ? QStringLiteral("–") : d.guardTest;
    case GuardP: return figure(d.guardPValue);
    case Adjusted: return figure(d.adjustedPValue);
    case Effect: return figure(d.result.effect);
    case ReferenceRows: return d.referenceRows;
    case CurrentRows: return d.currentRows;
    case Verdict: return d.drifted ? tr("drift") : d.result.warning ? tr("warning") : tr("stable");
    default: return {};
    }
}

QVariant DriftTestTableModel::data(const QModelIndex &index, int role) const
{
    const model::store::DriftStore::Result &r = m_results[size_t(index.row())];
    if (role == Qt::DisplayRole)
        return display(r, index.column());
    if (role == Qt::TextAlignmentRole && index.column() != Feature && index.column() != Verdict && index.column() != Test
        && index.column() != Guard)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Verdict && r.drift.drifted)
        return QBrush(QColor(180, 20, 20));
    if (role == Qt::BackgroundRole && r.drift.drifted)
        return QBrush(QColor(253, 226, 222));
    return {};
}

QVariant DriftTestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char *names[] = {"Feature", "Verdict", "Effect", "Test", "Statistic", "p-value", "Guard test", "Guard p",
                                  "Adjusted p", "Ref. rows", "Cur. rows"};
    static const char *tips[] = {"Feature, or the target", "drift, warning (moderate shift) or stable",
                                 "Size of the shift, comparable across sample sizes",
                                 "Test that decided (a distance or a significance test)",
                                 "Test statistic (a distance for Wasserstein, Jensen-Shannon, PSI)",
                                 "p-value of the test; none for distances",
                                 "Significance test run beside a distance, so sampling noise is not read as drift",
                                 "p-value of the guard test", "Benjamini-Hochberg adjusted p-value across the batch's features",
                                 "Non-missing reference values tested", "Non-missing batch values tested"};
    if (role == Qt::DisplayRole)
        return tr(names[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

} // namespace streamml::view
