#pragma once

#include "controller/jobs/job_progress.h"
#include "model/pipeline/update_report.h"
#include "model/settings/settings.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

namespace streamml::controller::jobs {

/// Runs pipeline updates on a worker thread (each job opens its own store connection there) and
/// reports progress, the result or the error through signals on the caller's thread.
class PipelineRunner : public QObject
{
    Q_OBJECT
public:
    explicit PipelineRunner(model::settings::Settings settings, QObject *parent = nullptr);
    ~PipelineRunner() override;

    bool isBusy() const;
    /// Starts an update of up to `batches` batches (all when negative); ignored while busy.
    void startUpdate(qint64 batches);
    void cancel();
    /// Blocks until the running job, if any, ends.
    void wait();

Q_SIGNALS:
    void started();
    void progressed(const QString &stage, qint64 done, qint64 total);
    void updateFinished(const streamml::model::pipeline::UpdateReport &report);
    void failed(const QString &message);

private:
    struct Outcome
    {
        model::pipeline::UpdateReport report;
        QString error;
    };

    void onFinished();

    model::settings::Settings m_settings;
    QThreadPool m_pool;
    JobProgress m_progress;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace streamml::controller::jobs
