#include "controller/jobs/job_progress.h"

namespace streamml::controller::jobs {

void JobProgress::progress(const QString &stage, qint64 done, qint64 total)
{
    Q_EMIT progressed(stage, done, total);
}

} // namespace streamml::controller::jobs
