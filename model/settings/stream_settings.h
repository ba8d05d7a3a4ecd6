#pragma once

#include "model/settings/duration.h"

#include <optional>

namespace streamml::model::settings {

class Settings;

/// [stream]: how the time-ordered table is cut into batches (a row count or a time window).
struct StreamSettings
{
    qint64 batchRows = 1000;
    std::optional<Duration> window;

    static StreamSettings from(const Settings &settings);
};

} // namespace streamml::model::settings
