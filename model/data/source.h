#pragma once

#include "model/data/segment.h"
#include "model/data/text_table.h"

#include <QList>

namespace streamml::model::core {
class ProgressSink;
}

namespace streamml::model::data {

/// Where the stream comes from: a list of segments in stream order and a way to read each.
class Source
{
public:
    virtual ~Source() = default;
    virtual QString describe() const = 0;
    /// Segments present now, in stream order.
    virtual QList<Segment> segments() const = 0;
    virtual TextTable read(const Segment &segment, core::ProgressSink &progress) const = 0;
};

} // namespace streamml::model::data
