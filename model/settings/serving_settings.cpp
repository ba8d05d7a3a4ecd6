#include "model/settings/serving_settings.h"

#include "model/settings/settings.h"

namespace streamml::model::settings {

ServingSettings ServingSettings::from(const Settings &s)
{
    const QString v = QStringLiteral("serving");
    ServingSettings r;
    r.maxMissingShare = s.real(v, QStringLiteral("max_missing_share"));
    r.maxUnseenShare = s.real(v, QStringLiteral("max_unseen_share"));
    r.rangeMargin = s.real(v, QStringLiteral("range_margin"));
    r.maxInferenceMsPer1k = s.real(v, QStringLiteral("max_inference_ms_per_1k"));
    r.maxTrainSeconds = s.real(v, QStringLiteral("max_train_seconds"));
    r.maxModelMb = s.real(v, QStringLiteral("max_model_mb"));
    r.maxMemoryMb = s.real(v, QStringLiteral("max_memory_mb"));
    return r;
}

} // namespace streamml::model::settings
