#pragma once

#include <QString>
#include <memory>
#include <spdlog/fmt/fmt.h>
#include <spdlog/spdlog.h>

/// Lets spdlog format QString arguments directly.
template<>
struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template<typename Context>
    auto format(const QString &text, Context &context) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(), size_t(utf8.size())),
                                                        context);
    }
};

namespace streamml::model::core {

/// Named loggers, one per stage; sinks are attached by the application at start-up.
class Log
{
public:
    /// The logger of a stage ("collection", "store", ...); created on first use with the current sinks.
    static std::shared_ptr<spdlog::logger> get(const std::string &stage);

    /// Replaces the sinks and level of every logger, existing and future.
    static void configure(std::vector<spdlog::sink_ptr> sinks, spdlog::level::level_enum level);

private:
    static std::vector<spdlog::sink_ptr> &sinks();
};

} // namespace streamml::model::core
