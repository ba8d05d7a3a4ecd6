#pragma once

#include "model/data/table.h"

#include <Eigen/Dense>
#include <QList>
#include <QPair>
#include <QStringList>
#include <vector>

namespace streamml::model::quality {

/// Automatic exploratory figures of a table, computed from the stored raw rows whenever a view
/// asks (ten thousand rows take milliseconds): histograms on shared edges, frequency tables,
/// Pearson and Spearman correlations, the target by category, and missing-value patterns.
class Eda
{
public:
    struct Histogram
    {
        std::vector<double> edges;  ///< bins + 1 edges
        std::vector<qint64> counts; ///< per bin; values outside the edges go to the end bins
        qint64 missing = 0;
    };

    struct Correlations
    {
        QStringList columns;
        Eigen::MatrixXd pearson;  ///< pairwise complete observations; NaN where undefined
        Eigen::MatrixXd spearman; ///< Pearson on average ranks
    };

    struct TargetByCategory
    {
        QStringList categories;       ///< of the feature, most frequent first
        std::vector<qint64> counts;   ///< rows per category with a target
        QStringList targetLabels;     ///< categorical target: its labels
        Eigen::MatrixXd labelShares;  ///< categories x labels: share of each label in the category
        std::vector<double> means;    ///< numeric target: mean per category
    };

    struct MissingPattern
    {
        QStringList missingColumns; ///< the columns missing together
        qint64 rows = 0;
    };

    /// `bins` equal-width edges spanning the values of both columns (either may be empty).
    static std::vector<double> sharedEdges(const data::Column &a, const data::Column &b, int bins);
    static Histogram histogram(const data::Column &column, const std::vector<double> &edges);
    /// Categories and counts, most frequent first (ties by name); missing values are not counted.
    static QList<QPair<QString, qint64>> frequencies(const data::Column &column);
    static Correlations correlations(const data::Table &table, const QStringList &numericColumns);
    static TargetByCategory targetByCategory(const data::Column &feature, const data::Column &target);
    /// Combinations of missing columns and their row counts, most frequent first.
    static QList<MissingPattern> missingPatterns(const data::Table &table);
    /// Average ranks (ties share the mean rank); NaN stays NaN.
    static std::vector<double> ranks(const std::vector<double> &values);
    static double pearson(const std::vector<double> &x, const std::vector<double> &y);
};

} // namespace streamml::model::quality
