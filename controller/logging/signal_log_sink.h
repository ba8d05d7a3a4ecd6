#pragma once

#include "controller/logging/log_relay.h"

#include <mutex>
#include <spdlog/sinks/base_sink.h>

namespace streamml::controller::logging {

/// spdlog sink that forwards to a LogRelay (queued across threads by Qt).
class SignalLogSink : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit SignalLogSink(LogRelay *relay);

protected:
    void sink_it_(const spdlog::details::log_msg &message) override;
    void flush_() override {}

private:
    LogRelay *m_relay;
};

} // namespace streamml::controller::logging
