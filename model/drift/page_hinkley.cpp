#include "model/drift/page_hinkley.h"

#include "model/core/error.h"

#include <algorithm>
#include <cmath>

namespace streamml::model::drift {

PageHinkley::PageHinkley(int minInstances, double delta, double lambda, double alpha)
    : m_minInstances(minInstances)
    , m_delta(delta)
    , m_lambda(lambda)
    , m_alpha(alpha)
{
    if (minInstances < 1)
        throw core::Error::settings(QStringLiteral("page_hinkley: min_instances must be at least 1, got %1").arg(minInstances));
    if (!(delta >= 0))
        throw core::Error::settings(QStringLiteral("page_hinkley: delta must be >= 0, got %1").arg(delta));
    if (!(lambda > 0))
        throw core::Error::settings(QStringLiteral("page_hinkley: lambda must be positive, got %1").arg(lambda));
    if (!(alpha > 0 && alpha <= 1))
        throw core::Error::settings(QStringLiteral("page_hinkley: alpha must lie in (0, 1], got %1").arg(alpha));
}

QJsonObject PageHinkley::parameters() const
{
    return {{QStringLiteral("min_instances"), m_minInstances},
            {QStringLiteral("delta"), m_delta},
            {QStringLiteral("lambda"), m_lambda},
            {QStringLiteral("alpha"), m_alpha}};
}

DetectorState PageHinkley::update(double value)
{
    if (!std::isfinite(value))
        throw core::Error::input(QStringLiteral("page_hinkley: an error must be a finite number, got %1").arg(value));
    if (m_restart)
        reset();
    ++m_count;
    m_mean += (value - m_mean) / double(m_count);
    // Deviations above the running mean by more than delta accumulate; older ones fade by alpha,
    // and the sum never goes below zero, so only an increase of the error can trigger.
    m_sum = std::max(0.0, m_alpha * m_sum + (value - m_mean - m_delta));
    if (m_count >= m_minInstances && m_sum >= m_lambda) {
        m_restart = true;
        return DetectorState::Drift;
    }
    return DetectorState::None;
}

void PageHinkley::reset()
{
    m_count = 0;
    m_mean = 0;
    m_sum = 0;
    m_restart = false;
}

} // namespace streamml::model::drift
