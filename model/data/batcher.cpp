#include "model/data/batcher.h"

#include <algorithm>

namespace streamml::model::data {

Batcher::Batcher(settings::StreamSettings settings)
    : m_settings(std::move(settings))
{
}

qsizetype Batcher::startIndex(const std::vector<double> &times, const StreamPosition &position)
{
    if (position.isStart())
        return 0;
    const auto firstAtLast = std::lower_bound(times.begin(), times.end(), position.lastTimeMs);
    const auto afterLast = std::upper_bound(firstAtLast, times.end(), position.lastTimeMs);
    const qsizetype start = qsizetype(firstAtLast - times.begin()) + position.rowsAtLastTime;
    return std::min(start, qsizetype(afterLast - times.begin()));
}

std::optional<BatchCut> Batcher::next(const std::vector<double> &times, const StreamPosition &position) const
{
    const qsizetype start = startIndex(times, position);
    const qsizetype total = qsizetype(times.size());
    if (start >= total)
        return std::nullopt;
    qsizetype end = 0;
    if (m_settings.window) {
        const qint64 windowStart = m_settings.window->windowStart(qint64(times[size_t(start)]));
        const double windowEnd = double(m_settings.window->windowEnd(windowStart));
        end = qsizetype(std::lower_bound(times.begin() + start, times.end(), windowEnd) - times.begin());
    } else {
        end = std::min(total, start + qsizetype(m_settings.batchRows));
    }
    BatchCut cut;
    cut.first = start;
    cut.count = end - start;
    cut.timeFrom = times[size_t(start)];
    cut.timeTo = times[size_t(end - 1)];
    cut.after.segment = position.segment;
    cut.after.lastTimeMs = cut.timeTo;
    const auto firstAtLast = std::lower_bound(times.begin(), times.begin() + end, cut.timeTo);
    cut.after.rowsAtLastTime = end - qsizetype(firstAtLast - times.begin());
    return cut;
}

} // namespace streamml::model::data
