#include "controller/jobs/pipeline_runner.h"

#include "model/core/error.h"
#include "model/pipeline/pipeline.h"

#include <QtConcurrent>

namespace streamml::controller::jobs {

PipelineRunner::PipelineRunner(model::settings::Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<model::pipeline::UpdateReport>("streamml::model::pipeline::UpdateReport");
    // The job gets a thread of its own, so the global pool stays free for the stages' parallel work.
    m_pool.setMaxThreadCount(1);
    connect(&m_progress, &JobProgress::progressed, this, &PipelineRunner::progressed, Qt::QueuedConnection);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &PipelineRunner::onFinished);
}

PipelineRunner::~PipelineRunner()
{
    cancel();
    wait();
}

bool PipelineRunner::isBusy() const
{
    return m_watcher.isRunning();
}

void PipelineRunner::startUpdate(qint64 batches)
{
    if (isBusy())
        return;
    m_progress.reset();
    Q_EMIT started();
    const model::settings::Settings settings = m_settings;
    JobProgress *progress = &m_progress;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [settings, progress, batches]() {
        Outcome outcome;
        try {
            model::pipeline::Pipeline pipeline(settings);
            outcome.report = pipeline.update(batches, *progress);
        } catch (const model::core::Error &error) {
            outcome.error = error.message();
        } catch (const std::exception &error) {
            outcome.error = QString::fromUtf8(error.what());
        }
        return outcome;
    }));
}

void PipelineRunner::cancel()
{
    m_progress.cancel();
}

void PipelineRunner::wait()
{
    m_watcher.waitForFinished();
}

void PipelineRunner::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (!outcome.error.isEmpty())
        Q_EMIT failed(outcome.error);
    else
        Q_EMIT updateFinished(outcome.report);
}

} // namespace streamml::controller::jobs
