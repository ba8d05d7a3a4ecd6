#pragma once

#include "model/drift/drift_detector.h"
#include "model/drift/exponential_histogram.h"

namespace streamml::model::drift {

/// ADWIN, adaptive windowing (Bifet & Gavaldà, "Learning from Time-Changing Data with Adaptive
/// Windowing", SDM 2007): keeps the longest recent window whose two parts have statistically equal
/// means, dropping old values when a cut shows a change; signals drift whenever it drops.
class Adwin : public DriftDetector
{
public:
    /// delta: confidence of a cut. clock: a cut is looked for every `clock` values.
    /// Throws core::Error::settings for delta outside (0, 1) or clock < 1.
    explicit Adwin(double delta = 0.002, int clock = 32);

    QString name() const override { return QStringLiteral("adwin"); }
    QJsonObject parameters() const override;
    DetectorState update(double value) override;
    void reset() override;

    qint64 width() const { return m_window.width(); }
    double mean() const { return m_window.width() > 0 ? m_window.total() / double(m_window.width()) : 0.0; }

private:
    bool findCut() const;
    bool separates(double n0, double n1, double meanDifference) const;

    double m_delta;
    int m_clock;
    ExponentialHistogram m_window;
    qint64 m_ticks = 0;
};

} // namespace streamml::model::drift
