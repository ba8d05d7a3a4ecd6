#pragma once

#include "model/data/stream_position.h"
#include "model/data/table.h"
#include "model/settings/stream_settings.h"

#include <optional>

namespace streamml::model::data {

/// One batch cut from a time-sorted table: its rows [first, first + count) and the position after it.
struct BatchCut
{
    qsizetype first = 0;
    qsizetype count = 0;
    double timeFrom = 0;
    double timeTo = 0;
    StreamPosition after;
};

/// Cuts a table sorted by time into consecutive batches by row count or by calendar window.
class Batcher
{
public:
    explicit Batcher(settings::StreamSettings settings);

    /// The next batch after `position`, or nullopt when every row was taken.
    std::optional<BatchCut> next(const std::vector<double> &sortedTimes, const StreamPosition &position) const;
    /// Index of the first row after `position`.
    static qsizetype startIndex(const std::vector<double> &sortedTimes, const StreamPosition &position);

private:
    settings::StreamSettings m_settings;
};

} // namespace streamml::model::data
