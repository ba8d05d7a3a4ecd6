#pragma once

#include <QString>

namespace streamml::model::drift {

/// What a model-drift detector concludes after one more prequential error.
enum class DetectorState { None, Warning, Drift };

inline QString detectorStateName(DetectorState state)
{
    switch (state) {
    case DetectorState::None: return QStringLiteral("none");
    case DetectorState::Warning: return QStringLiteral("warning");
    case DetectorState::Drift: return QStringLiteral("drift");
    }
    return QStringLiteral("none");
}

} // namespace streamml::model::drift
