#include "model/drift/numeric_sample.h"

#include "model/core/error.h"

#include <algorithm>
#include <cmath>

namespace streamml::model::drift {

NumericSample::NumericSample(const std::vector<double> &values, const QString &what)
{
    m_sorted.reserve(values.size());
    for (double v : values) {
        if (std::isnan(v))
            continue;
        if (std::isinf(v))
            throw core::Error::input(QStringLiteral("%1 holds an infinite value (%2)").arg(what).arg(v));
        m_sorted.push_back(v);
    }
    if (m_sorted.empty())
        throw core::Error::input(QStringLiteral("%1 is empty: %2 values, all missing").arg(what).arg(values.size()));
    std::sort(m_sorted.begin(), m_sorted.end());
}

double NumericSample::populationStd() const
{
    double mean = 0;
    for (double v : m_sorted)
        mean += v;
    mean /= double(m_sorted.size());
    double squares = 0;
    for (double v : m_sorted)
        squares += (v - mean) * (v - mean);
    return std::sqrt(squares / double(m_sorted.size()));
}

double NumericSample::quantile(double q) const
{
    const double virtualIndex = double(m_sorted.size() - 1) * q;
    if (virtualIndex >= double(m_sorted.size() - 1))
        return m_sorted.back();
    if (virtualIndex < 0)
        return m_sorted.front();
    const double below = std::floor(virtualIndex);
    const double gamma = virtualIndex - below;
    const double a = m_sorted[size_t(below)];
    const double b = m_sorted[size_t(below) + 1];
    const double difference = b - a;
    // numpy interpolates from the nearer end, so the result never overshoots b.
    return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma;
}

} // namespace streamml::model::drift
