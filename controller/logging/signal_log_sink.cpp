#include "controller/logging/signal_log_sink.h"

namespace streamml::controller::logging {

SignalLogSink::SignalLogSink(LogRelay *relay)
    : m_relay(relay)
{
}

void SignalLogSink::sink_it_(const spdlog::details::log_msg &message)
{
    const auto levelName = spdlog::level::to_string_view(message.level);
    Q_EMIT m_relay->line(QString::fromUtf8(levelName.data(), qsizetype(levelName.size())),
                         QString::fromUtf8(message.logger_name.data(), qsizetype(message.logger_name.size())),
                         QString::fromUtf8(message.payload.data(), qsizetype(message.payload.size())));
}

} // namespace streamml::controller::logging
