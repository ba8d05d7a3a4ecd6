#pragma once

#include <QString>

namespace streamml::model::core {

/// Times as the JSON outputs write them: UTC, ISO 8601 to the second.
class UtcTime
{
public:
    /// `ms` milliseconds since the epoch, e.g. "2026-11-25T14:18:13Z".
    static QString iso(qint64 ms);
};

} // namespace streamml::model::core
