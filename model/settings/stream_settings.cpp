#include "model/settings/stream_settings.h"

#include "model/settings/settings.h"

namespace streamml::model::settings {

StreamSettings StreamSettings::from(const Settings &s)
{
    StreamSettings r;
    r.batchRows = s.integer(QStringLiteral("stream"), QStringLiteral("batch_rows"));
    r.window = s.duration(QStringLiteral("stream"), QStringLiteral("window"));
    return r;
}

} // namespace streamml::model::settings
