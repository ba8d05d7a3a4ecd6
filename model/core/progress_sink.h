#pragma once

#include <QString>

namespace streamml::model::core {

/// Receives progress of long work and answers whether the user asked to cancel it.
/// The CLI passes a logging or null sink; the GUI adapts it to signals from a worker thread.
class ProgressSink
{
public:
    virtual ~ProgressSink() = default;

    /// Reports that `done` of `total` steps of `stage` are finished.
    virtual void progress(const QString &stage, qint64 done, qint64 total) = 0;
    virtual bool isCancelled() const = 0;

    /// Throws Error::cancelled() when cancellation was asked for; long loops call this between steps.
    void checkCancelled() const;

    /// A sink that ignores progress and never cancels.
    static ProgressSink &none();
};

} // namespace streamml::model::core
