#include "controller/gui/distribution_builder.h"

#include "model/quality/eda.h"

#include <QHash>
#include <algorithm>

namespace streamml::controller::gui {

namespace {
using model::data::Column;
using model::quality::Eda;

std::vector<double> shares(const std::vector<qint64> &counts, qint64 total)
{
    std::vector<double> result;
    for (qint64 count : counts)
        result.push_back(total > 0 ? double(count) / double(total) : 0.0);
    return result;
}

/// The column of a table, or an empty one of the other side's kind when the table lacks it.
Column columnOf(const model::data::Table &table, const QString &name, Column::Kind kind)
{
    return table.hasColumn(name) ? table.column(name) : Column::missing(name, kind, 0);
}
} // namespace

QString DistributionBuilder::describeBatches(const std::vector<qint64> &batchIds)
{
    if (batchIds.empty())
        return tr("no reference");
    if (batchIds.size() == 1)
        return tr("batch %1").arg(batchIds.front());
    const bool contiguous = batchIds.back() - batchIds.front() == qint64(batchIds.size()) - 1;
    if (contiguous)
        return tr("batches %1–%2").arg(batchIds.front()).arg(batchIds.back());
    QStringList ids;
    for (qint64 id : batchIds)
        ids.append(QString::number(id));
    return tr("batches %1").arg(ids.join(QStringLiteral(", ")));
}

view::DistributionComparison DistributionBuilder::compare(const model::data::Table &reference, const model::data::Table &current,
                                                          const QString &column, const std::vector<qint64> &referenceBatches,
                                                          qint64 batchId)
{
    view::DistributionComparison comparison;
    comparison.column = column;
    comparison.referenceLabel = tr("reference: %1").arg(describeBatches(referenceBatches));
    comparison.currentLabel = tr("batch %1").arg(batchId);
    if (!current.hasColumn(column) && !reference.hasColumn(column))
        return comparison;
    const Column::Kind kind = current.hasColumn(column) ? current.column(column).kind() : reference.column(column).kind();
    const Column ref = columnOf(reference, column, kind);
    const Column cur = columnOf(current, column, kind);
    comparison.referenceValues = ref.size() - ref.missingCount();
    comparison.currentValues = cur.size() - cur.missingCount();
    if (kind == Column::Kind::Categorical)
        categories(ref, cur, comparison);
    else
        histograms(ref, cur, comparison);
    return comparison;
}

void DistributionBuilder::histograms(const Column &reference, const Column &current, view::DistributionComparison &comparison)
{
    comparison.kind = current.isTime() ? view::DistributionComparison::Kind::Time : view::DistributionComparison::Kind::Numeric;
    comparison.edges = Eda::sharedEdges(reference, current, bins);
    comparison.reference = shares(Eda::histogram(reference, comparison.edges).counts, comparison.referenceValues);
    comparison.current = shares(Eda::histogram(current, comparison.edges).counts, comparison.currentValues);
}

void DistributionBuilder::categories(const Column &reference, const Column &current, view::DistributionComparison &comparison)
{
    comparison.kind = view::DistributionComparison::Kind::Categorical;
    QHash<QString, double> referenceShare;
    QHash<QString, double> currentShare;
    for (const auto &[name, count] : Eda::frequencies(reference))
        referenceShare.insert(name, double(count) / double(comparison.referenceValues));
    for (const auto &[name, count] : Eda::frequencies(current))
        currentShare.insert(name, double(count) / double(comparison.currentValues));
    // Ranked by the two shares together, so a category frequent on either side is shown.
    QStringList names = referenceShare.keys();
    for (auto it = currentShare.cbegin(); it != currentShare.cend(); ++it)
        if (!referenceShare.contains(it.key()))
            names.append(it.key());
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const double sa = referenceShare.value(a) + currentShare.value(a);
        const double sb = referenceShare.value(b) + currentShare.value(b);
        return sa != sb ? sa > sb : a < b;
    });
    comparison.hiddenCategories = std::max<qsizetype>(0, names.size() - topCategories);
    comparison.categories = names.mid(0, topCategories);
    for (const QString &name : std::as_const(comparison.categories)) {
        comparison.reference.push_back(referenceShare.value(name));
        comparison.current.push_back(currentShare.value(name));
    }
}

} // namespace streamml::controller::gui
