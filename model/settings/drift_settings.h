#pragma once

#include "model/drift/drift_parameters.h"

namespace streamml::model::settings {

class Settings;

/// [drift]: the reference window and the thresholds of the data-drift decision.
struct DriftSettings
{
    enum class Reference { Champion, LastN };

    Reference reference = Reference::Champion;
    int referenceBatches = 3;
    drift::DriftParameters parameters;

    /// Throws Error::settings naming the key of a value the drift policy does not accept.
    static DriftSettings from(const Settings &settings);
};

} // namespace streamml::model::settings
