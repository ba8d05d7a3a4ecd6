#pragma once

#include <QString>
#include <cmath>
#include <vector>

namespace streamml::view {

/// One figure per batch over the stream, the batches to flag, and an optional threshold line.
struct Timeline
{
    QString title;
    QString valueTitle;           ///< title of the value axis
    QString seriesLabel;
    std::vector<double> batches;  ///< batch ids, ascending
    std::vector<double> values;   ///< NaN: no figure for that batch
    std::vector<bool> flagged;    ///< per batch
    QString flaggedLabel;
    double threshold = std::nan("");
    QString thresholdLabel;
    double low = 0;               ///< lower end of the value axis
    double high = std::nan("");   ///< upper end of the value axis; NaN: fit the data and threshold
};

} // namespace streamml::view
