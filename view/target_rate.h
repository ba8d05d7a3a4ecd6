#pragma once

#include <QStringList>
#include <vector>

namespace streamml::view {

/// The target by category of one feature: the shares of the labels other than the most frequent one
/// (a categorical target) or the mean (a numeric target), for the most frequent categories.
struct TargetRate
{
    /// One label's share, or the target's mean, per category.
    struct Series
    {
        QString label;
        std::vector<double> values;
    };

    QString feature;
    QString target;
    QString majorityLabel;        ///< categorical target: the label left out
    QStringList categories;       ///< most frequent first
    std::vector<qint64> rows;     ///< rows with a target per category
    std::vector<Series> series;
    bool shares = true;           ///< label shares (stacked); false: one series of means
};

} // namespace streamml::view
