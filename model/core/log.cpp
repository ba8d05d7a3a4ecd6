#include "model/core/log.h"

#include <mutex>
#include <spdlog/sinks/stdout_sinks.h>

namespace streamml::model::core {

namespace {
std::mutex &registryMutex()
{
    static std::mutex mutex;
    return mutex;
}
} // namespace

std::vector<spdlog::sink_ptr> &Log::sinks()
{
    // Until the application configures logging, warnings and errors (only) still reach stderr.
    static std::vector<spdlog::sink_ptr> current = [] {
        spdlog::set_level(spdlog::level::warn);
        return std::vector<spdlog::sink_ptr>{std::make_shared<spdlog::sinks::stderr_sink_mt>()};
    }();
    return current;
}

std::shared_ptr<spdlog::logger> Log::get(const std::string &stage)
{
    std::lock_guard lock(registryMutex());
    if (auto existing = spdlog::get(stage))
        return existing;
    const std::vector<spdlog::sink_ptr> &current = sinks();
    auto logger = std::make_shared<spdlog::logger>(stage, current.begin(), current.end());
    logger->set_level(spdlog::get_level());
    spdlog::register_logger(logger);
    return logger;
}

void Log::configure(std::vector<spdlog::sink_ptr> newSinks, spdlog::level::level_enum level)
{
    std::lock_guard lock(registryMutex());
    sinks() = std::move(newSinks);
    spdlog::set_level(level);
    spdlog::apply_all([&](const std::shared_ptr<spdlog::logger> &logger) {
        logger->sinks() = sinks();
        logger->set_level(level);
    });
}

} // namespace streamml::model::core
