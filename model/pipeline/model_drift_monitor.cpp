#include "model/pipeline/model_drift_monitor.h"

#include "model/drift/drift_detector_registry.h"

namespace streamml::model::pipeline {

ModelDriftMonitor::ModelDriftMonitor(QString detector)
    : m_detector(std::move(detector))
{
}

QString ModelDriftMonitor::observe(const std::vector<store::LearningStore::BatchLearning> &history, const std::vector<double> &errors) const
{
    if (errors.empty())
        return QStringLiteral("none");
    const std::unique_ptr<drift::DriftDetector> detector = drift::DriftDetectorRegistry::create(m_detector);
    auto start = history.begin();
    for (auto it = history.begin(); it != history.end(); ++it)
        if (it->detectorReset)
            start = it + 1;
    for (auto it = start; it != history.end(); ++it)
        for (double e : it->errors)
            detector->update(e);
    drift::DetectorState worst = drift::DetectorState::None;
    for (double e : errors) {
        const drift::DetectorState state = detector->update(e);
        worst = std::max(worst, state);
        if (state == drift::DetectorState::Drift)
            break;
    }
    return drift::detectorStateName(worst);
}

} // namespace streamml::model::pipeline
