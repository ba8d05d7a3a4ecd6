#pragma once

#include "model/store/learning_store.h"

namespace streamml::model::pipeline {

/// Watches the champion's prequential error stream with the configured detector. The stream is
/// replayed from the store since the champion last changed, so the verdict does not depend on how
/// many processes the updates ran in.
class ModelDriftMonitor
{
public:
    explicit ModelDriftMonitor(QString detector);

    /// The worst state the detector reaches while reading this batch's errors: none, warning or drift.
    QString observe(const std::vector<store::LearningStore::BatchLearning> &history, const std::vector<double> &errors) const;

private:
    QString m_detector;
};

} // namespace streamml::model::pipeline
