#pragma once

#include "model/data/table.h"
#include "view/distribution_comparison.h"

#include <QCoreApplication>
#include <vector>

namespace streamml::controller::gui {

/// Builds the reference-against-batch comparison of one column that both analysis views draw:
/// histograms on shared edges for numbers and times, the most frequent categories' shares otherwise.
class DistributionBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DistributionBuilder)

public:
    static constexpr int bins = 20;
    static constexpr qsizetype topCategories = 15;

    static view::DistributionComparison compare(const model::data::Table &reference, const model::data::Table &current,
                                                const QString &column, const std::vector<qint64> &referenceBatches,
                                                qint64 batchId);
    /// "batches 3–5", "batch 4" or "batches 1, 2, 4".
    static QString describeBatches(const std::vector<qint64> &batchIds);

private:
    static void histograms(const model::data::Column &reference, const model::data::Column &current,
                           view::DistributionComparison &comparison);
    static void categories(const model::data::Column &reference, const model::data::Column &current,
                           view::DistributionComparison &comparison);
};

} // namespace streamml::controller::gui
