#pragma once

#include "model/data/stream_position.h"
#include "model/data/table.h"

#include <QHash>

namespace streamml::model::pipeline {

/// A batch taken from the source: its typed rows in time order and where the stream stands after it.
struct CollectedBatch
{
    data::Table table;
    QString source;
    data::StreamPosition after;
    double timeFrom = 0;
    double timeTo = 0;
    QHash<QString, qint64> typeViolations; ///< present values that did not fit their column's kind
    qint64 outOfOrderRows = 0;             ///< rows earlier than a row before them in the source
};

} // namespace streamml::model::pipeline
