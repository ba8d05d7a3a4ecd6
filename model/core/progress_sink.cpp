#include "model/core/progress_sink.h"

#include "model/core/error.h"

namespace streamml::model::core {

namespace {
class NullSink final : public ProgressSink
{
public:
    void progress(const QString &, qint64, qint64) override {}
    bool isCancelled() const override { return false; }
};
} // namespace

void ProgressSink::checkCancelled() const
{
    if (isCancelled())
        throw Error::cancelled();
}

ProgressSink &ProgressSink::none()
{
    static NullSink sink;
    return sink;
}

} // namespace streamml::model::core
