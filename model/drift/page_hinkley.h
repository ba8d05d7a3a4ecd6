#pragma once

#include "model/drift/drift_detector.h"

namespace streamml::model::drift {

/// Page–Hinkley test for an increase of the mean error (Page, "Continuous Inspection Schemes",
/// Biometrika 1954), with River's forgetting factor on the cumulative sum.
class PageHinkley : public DriftDetector
{
public:
    /// Throws core::Error::settings for minInstances < 1, delta < 0, lambda <= 0 or alpha outside (0, 1].
    explicit PageHinkley(int minInstances = 30, double delta = 0.005, double lambda = 50.0, double alpha = 1 - 0.0001);

    QString name() const override { return QStringLiteral("page_hinkley"); }
    QJsonObject parameters() const override;
    DetectorState update(double value) override;
    void reset() override;

private:
    int m_minInstances;
    double m_delta;
    double m_lambda;
    double m_alpha;
    qint64 m_count = 0;
    double m_mean = 0;
    double m_sum = 0;
    bool m_restart = false;
};

} // namespace streamml::model::drift
