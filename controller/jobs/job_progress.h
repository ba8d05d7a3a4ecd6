#pragma once

#include "model/core/progress_sink.h"

#include <QObject>
#include <atomic>

namespace streamml::controller::jobs {

/// The progress sink of a job on a worker thread: progress becomes a signal, and cancel() is seen
/// by the stages at their next check.
class JobProgress : public QObject, public model::core::ProgressSink
{
    Q_OBJECT
public:
    using QObject::QObject;

    void progress(const QString &stage, qint64 done, qint64 total) override;
    bool isCancelled() const override { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }
    void reset() { m_cancelled.store(false); }

Q_SIGNALS:
    void progressed(const QString &stage, qint64 done, qint64 total);

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace streamml::controller::jobs
