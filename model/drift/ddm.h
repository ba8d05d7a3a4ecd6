#pragma once

#include "model/drift/drift_detector.h"

namespace streamml::model::drift {

/// Drift Detection Method (Gama, Medas, Castillo & Rodrigues, "Learning with Drift Detection",
/// SBIA 2004) on a stream of 0/1 errors: warning at p + s >= p_min + 2 s_min, drift at 3 s_min.
class Ddm : public DriftDetector
{
public:
    /// Throws core::Error::settings for minInstances < 1 or levels not 0 < warning < drift.
    explicit Ddm(int minInstances = 30, double warningLevel = 2.0, double driftLevel = 3.0);

    QString name() const override { return QStringLiteral("ddm"); }
    QJsonObject parameters() const override;
    /// Takes an error in [0, 1] (normally 0 or 1).
    DetectorState update(double value) override;
    void reset() override;

private:
    int m_minInstances;
    double m_warningLevel;
    double m_driftLevel;
    qint64 m_count = 0;
    double m_errorRate = 0;
    double m_minRate = 0;
    double m_minStd = 0;
    bool m_hasMinimum = false;
    bool m_restart = false;
};

} // namespace streamml::model::drift
