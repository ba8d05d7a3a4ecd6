#pragma once

#include <QStringList>
#include <vector>

namespace streamml::view {

/// One column's distribution in a reference and in a batch, as shares of present values, on shared
/// bins (numeric and time columns) or on the most frequent categories (categorical columns).
struct DistributionComparison
{
    enum class Kind { None, Numeric, Time, Categorical };

    Kind kind = Kind::None;
    QString column;
    QString referenceLabel;
    QString currentLabel;
    std::vector<double> edges;     ///< numeric and time: bins + 1 shared edges
    QStringList categories;        ///< categorical: the categories shown, most frequent first
    std::vector<double> reference; ///< share of the reference's present values per bin or category
    std::vector<double> current;   ///< share of the batch's present values per bin or category
    qint64 referenceValues = 0;    ///< present (non-missing) values
    qint64 currentValues = 0;
    qsizetype hiddenCategories = 0; ///< categories beyond the ones shown
};

} // namespace streamml::view
