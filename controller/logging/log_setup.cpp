#include "controller/logging/log_setup.h"

#include "model/core/log.h"

#include <QDir>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>

namespace streamml::controller::logging {

spdlog::level::level_enum LogSetup::level(const QString &name)
{
    if (name == u"trace") return spdlog::level::trace;
    if (name == u"debug") return spdlog::level::debug;
    if (name == u"info") return spdlog::level::info;
    if (name == u"warning") return spdlog::level::warn;
    if (name == u"error") return spdlog::level::err;
    return spdlog::level::off;
}

void LogSetup::applyEarly()
{
    auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    console->set_level(spdlog::level::warn);
    console->set_pattern("streamml: %l: %v");
    model::core::Log::configure({console}, spdlog::level::warn);
}

void LogSetup::apply(const model::settings::LoggingSettings &settings, const QString &logsDir,
                     std::vector<spdlog::sink_ptr> extra)
{
    auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    console->set_level(level(settings.consoleLevel));
    console->set_pattern("streamml: %l: [%n] %v");
    const QString file = QDir(logsDir).absoluteFilePath(QStringLiteral("streamml.log"));
    auto rotating = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
        file.toStdString(), size_t(settings.fileSizeMb) * 1024 * 1024, size_t(settings.fileCount));
    rotating->set_level(level(settings.level));
    rotating->set_pattern("%Y-%m-%d %H:%M:%S.%e [%n] [%l] %v");
    std::vector<spdlog::sink_ptr> sinks{console, rotating};
    sinks.insert(sinks.end(), extra.begin(), extra.end());
    model::core::Log::configure(sinks, std::min(level(settings.consoleLevel), level(settings.level)));
}

} // namespace streamml::controller::logging
