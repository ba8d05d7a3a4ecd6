#pragma once

#include "model/settings/logging_settings.h"

#include <spdlog/common.h>
#include <vector>

namespace streamml::controller::logging {

/// Attaches the log sinks of a run: stderr at the console level and a rotating file in the
/// workspace's logs/ at the file level, plus any extra sink (the GUI's log view).
class LogSetup
{
public:
    static void apply(const model::settings::LoggingSettings &settings, const QString &logsDir,
                      std::vector<spdlog::sink_ptr> extra = {});
    /// Before settings are known: warnings and errors to stderr only.
    static void applyEarly();
    static spdlog::level::level_enum level(const QString &name);
};

} // namespace streamml::controller::logging
