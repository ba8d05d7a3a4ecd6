#include "model/learners/gaussian_estimator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace streamml::model::learners {

void GaussianEstimator::add(double value, double weight)
{
    m_minimum = std::min(m_minimum, value);
    m_maximum = std::max(m_maximum, value);
    if (m_weight <= 0.0) {
        m_weight = weight;
        m_mean = value;
        return;
    }
    // Weighted Welford update.
    m_weight += weight;
    const double previousMean = m_mean;
    m_mean += weight * (value - previousMean) / m_weight;
    m_squares += weight * (value - previousMean) * (value - m_mean);
}

double GaussianEstimator::variance() const
{
    return m_weight > 1.0 ? m_squares / (m_weight - 1.0) : 0.0;
}

double GaussianEstimator::density(double value) const
{
    const double v = variance();
    if (v <= 0.0)
        return 0.0;
    const double difference = value - m_mean;
    return std::exp(-difference * difference / (2.0 * v)) / std::sqrt(2.0 * std::numbers::pi * v);
}

double GaussianEstimator::weightAtOrBelow(double value) const
{
    if (value < m_minimum)
        return 0.0;
    if (value >= m_maximum)
        return m_weight;
    const double deviation = std::sqrt(variance());
    if (deviation <= 0.0)
        return value >= m_mean ? m_weight : 0.0;
    return 0.5 * (1.0 + std::erf((value - m_mean) / (deviation * std::numbers::sqrt2))) * m_weight;
}

void GaussianEstimator::save(QDataStream &out) const
{
    out << m_weight << m_mean << m_squares << m_minimum << m_maximum;
}

void GaussianEstimator::load(QDataStream &in)
{
    in >> m_weight >> m_mean >> m_squares >> m_minimum >> m_maximum;
}

} // namespace streamml::model::learners
