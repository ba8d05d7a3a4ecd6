#pragma once

#include <QHash>
#include <QString>

namespace streamml::model::quality {

/// What collection learned about a batch that its rows no longer show: type misfits per column,
/// rows that came earlier than a row before them in the source, and the time it arrived.
struct BatchFacts
{
    QHash<QString, qint64> typeViolations;
    qint64 outOfOrderRows = 0;
    qint64 arrivedAtMs = 0;
};

} // namespace streamml::model::quality
