#pragma once

#include "model/drift/detector_state.h"

#include <QJsonObject>
#include <QString>

namespace streamml::model::drift {

/// A model-drift detector fed the stream of prequential errors (0/1 for classification, a loss for
/// regression) one value at a time. After signalling drift it starts afresh on the next value.
class DriftDetector
{
public:
    virtual ~DriftDetector() = default;

    /// Registered name, as settings.ini spells it.
    virtual QString name() const = 0;
    /// The parameters in force, as stored with the run.
    virtual QJsonObject parameters() const = 0;
    /// Adds one error; throws core::Error::input for a value the detector cannot take (NaN, ...).
    virtual DetectorState update(double value) = 0;
    /// Forgets everything seen so far.
    virtual void reset() = 0;
};

} // namespace streamml::model::drift
