#include "model/drift/adwin.h"

#include "model/core/error.h"

#include <cmath>

namespace streamml::model::drift {

namespace {

// Both parts of a cut must hold at least this many values, and the window must exceed the grace
// period before cuts are looked for (the values MOA and River use).
constexpr double minSubWindow = 5;
constexpr qint64 gracePeriod = 10;
constexpr int maxBucketsPerRow = 5;

} // namespace

Adwin::Adwin(double delta, int clock)
    : m_delta(delta)
    , m_clock(clock)
    , m_window(maxBucketsPerRow)
{
    if (!(delta > 0 && delta < 1))
        throw core::Error::settings(QStringLiteral("adwin: delta must lie in (0, 1), got %1").arg(delta));
    if (clock < 1)
        throw core::Error::settings(QStringLiteral("adwin: clock must be at least 1, got %1").arg(clock));
}

QJsonObject Adwin::parameters() const
{
    return {{QStringLiteral("delta"), m_delta}, {QStringLiteral("clock"), m_clock},
            {QStringLiteral("max_buckets"), maxBucketsPerRow}};
}

DetectorState Adwin::update(double value)
{
    if (!std::isfinite(value))
        throw core::Error::input(QStringLiteral("adwin: an error must be a finite number, got %1").arg(value));
    m_window.add(value);
    ++m_ticks;
    if (m_ticks % m_clock != 0 || m_window.width() <= gracePeriod)
        return DetectorState::None;
    bool dropped = false;
    // Shrink from the old end until no cut separates the window any more.
    while (findCut()) {
        m_window.removeOldest();
        dropped = true;
    }
    return dropped ? DetectorState::Drift : DetectorState::None;
}

void Adwin::reset()
{
    m_window.clear();
    m_ticks = 0;
}

// Tries every boundary between buckets, older part W0 against newer part W1.
bool Adwin::findCut() const
{
    const double width = double(m_window.width());
    double n0 = 0;
    double total0 = 0;
    for (qsizetype r = m_window.rowCount() - 1; r >= 0; --r) {
        const double size = double(ExponentialHistogram::bucketSize(r));
        for (const ExponentialHistogram::Bucket &bucket : m_window.row(r)) {
            n0 += size;
            total0 += bucket.total;
            const double n1 = width - n0;
            if (n1 < minSubWindow)
                return false;
            if (n0 >= minSubWindow && separates(n0, n1, total0 / n0 - (m_window.total() - total0) / n1))
                return true;
        }
    }
    return false;
}

// The cut threshold of ADWIN2 with the variance-based bound of the paper, as MOA implements it:
// eps = sqrt(2 m var ln(2 ln W / delta)) + 2/3 m ln(2 ln W / delta), m = 1/(n0 - 4) + 1/(n1 - 4).
bool Adwin::separates(double n0, double n1, double meanDifference) const
{
    const double width = double(m_window.width());
    const double logTerm = std::log(2 * std::log(width) / m_delta);
    const double m = 1.0 / (n0 - minSubWindow + 1) + 1.0 / (n1 - minSubWindow + 1);
    const double epsilon = std::sqrt(2 * m * m_window.variance() * logTerm) + 2.0 / 3.0 * logTerm * m;
    return std::abs(meanDifference) > epsilon;
}

} // namespace streamml::model::drift
