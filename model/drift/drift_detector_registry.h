#pragma once

#include "model/drift/drift_detector.h"

#include <QStringList>
#include <memory>

namespace streamml::model::drift {

/// Builds the model-drift detectors by the names settings.ini uses, with their default parameters.
class DriftDetectorRegistry
{
public:
    /// Throws core::Error::settings for an unknown name, listing the accepted ones.
    static std::unique_ptr<DriftDetector> create(const QString &name);
    static QStringList names();
};

} // namespace streamml::model::drift
