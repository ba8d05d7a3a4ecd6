#pragma once

namespace streamml::model::settings {

class Settings;

/// [serving]: when the fallback answers a row, and the budgets a version must keep to be promoted.
struct ServingSettings
{
    double maxMissingShare = 0.5;
    double maxUnseenShare = 0.5;
    double rangeMargin = 1.0;
    double maxInferenceMsPer1k = 5000;
    double maxTrainSeconds = 900;
    double maxModelMb = 512;
    double maxMemoryMb = 8192;

    static ServingSettings from(const Settings &settings);
};

} // namespace streamml::model::settings
