#include "model/drift/ddm.h"

#include "model/core/error.h"

#include <cmath>

namespace streamml::model::drift {

Ddm::Ddm(int minInstances, double warningLevel, double driftLevel)
    : m_minInstances(minInstances)
    , m_warningLevel(warningLevel)
    , m_driftLevel(driftLevel)
{
    if (minInstances < 1)
        throw core::Error::settings(QStringLiteral("ddm: min_instances must be at least 1, got %1").arg(minInstances));
    if (!(warningLevel > 0 && driftLevel > warningLevel))
        throw core::Error::settings(QStringLiteral("ddm: levels must satisfy 0 < warning < drift, got %1 and %2")
                                        .arg(warningLevel)
                                        .arg(driftLevel));
}

QJsonObject Ddm::parameters() const
{
    return {{QStringLiteral("min_instances"), m_minInstances},
            {QStringLiteral("warning_level"), m_warningLevel},
            {QStringLiteral("drift_level"), m_driftLevel}};
}

DetectorState Ddm::update(double value)
{
    if (!(value >= 0 && value <= 1))
        throw core::Error::input(QStringLiteral("ddm: an error must lie in [0, 1], got %1").arg(value));
    if (m_restart)
        reset();
    ++m_count;
    m_errorRate += (value - m_errorRate) / double(m_count);
    // Standard deviation of the error rate under a binomial model.
    const double std = std::sqrt(m_errorRate * (1 - m_errorRate) / double(m_count));
    if (m_count < m_minInstances)
        return DetectorState::None;
    // While the rate is 0 (or 1) its estimated spread is 0 too; registering that minimum would turn the
    // next single error into a drift, so wait for a usable estimate.
    if (std > 0 && (!m_hasMinimum || m_errorRate + std <= m_minRate + m_minStd)) {
        m_minRate = m_errorRate;
        m_minStd = std;
        m_hasMinimum = true;
    }
    if (!m_hasMinimum)
        return DetectorState::None;
    const double level = m_errorRate + std;
    if (level >= m_minRate + m_driftLevel * m_minStd) {
        m_restart = true;
        return DetectorState::Drift;
    }
    return level >= m_minRate + m_warningLevel * m_minStd ? DetectorState::Warning : DetectorState::None;
}

void Ddm::reset()
{
    m_count = 0;
    m_errorRate = 0;
    m_minRate = 0;
    m_minStd = 0;
    m_hasMinimum = false;
    m_restart = false;
}

} // namespace streamml::model::drift
