#include "model/settings/meta_settings.h"

#include "model/settings/settings.h"

namespace streamml::model::settings {

MetaSettings MetaSettings::from(const Settings &s)
{
    MetaSettings r;
    r.enabled = s.boolean(QStringLiteral("meta"), QStringLiteral("enabled"));
    r.neighbours = int(s.integer(QStringLiteral("meta"), QStringLiteral("neighbours")));
    r.earlyStop = s.boolean(QStringLiteral("meta"), QStringLiteral("early_stop"));
    return r;
}

} // namespace streamml::model::settings
