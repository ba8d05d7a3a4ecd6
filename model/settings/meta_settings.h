#pragma once

namespace streamml::model::settings {

class Settings;

/// [meta]: meta-learning of families and hyper-parameters from earlier batches.
struct MetaSettings
{
    bool enabled = true;
    int neighbours = 3;
    bool earlyStop = true;

    static MetaSettings from(const Settings &settings);
};

} // namespace streamml::model::settings
