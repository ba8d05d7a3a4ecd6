#pragma once

#include <QString>

namespace streamml::model::data {

/// A stretch of the stream read as one table: the file of a file source, one file of a drop folder,
/// the table of an SQL source. Batches are cut from a segment in time order.
struct Segment
{
    QString key;        ///< stable identity used by the cursor
    bool final = false; ///< true when its content never changes once seen (a dropped file)
};

} // namespace streamml::model::data
