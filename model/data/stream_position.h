#pragma once

#include <QString>
#include <cmath>

namespace streamml::model::data {

/// Where the stream stands in one segment: the time of the last row taken and how many rows with
/// exactly that time were taken, so a batch boundary inside a run of equal times is exact.
struct StreamPosition
{
    QString segment;
    double lastTimeMs = std::nan(""); ///< NaN: nothing taken yet
    qint64 rowsAtLastTime = 0;
    bool finished = false; ///< a final segment whose every row was taken

    bool isStart() const { return std::isnan(lastTimeMs); }
};

} // namespace streamml::model::data
