#include "model/drift/exponential_histogram.h"

#include "model/core/error.h"

namespace streamml::model::drift {

ExponentialHistogram::ExponentialHistogram(int maxBucketsPerRow)
    : m_maxBucketsPerRow(maxBucketsPerRow)
{
    if (maxBucketsPerRow < 2)
        throw core::Error::settings(QStringLiteral("adwin: at least 2 buckets per row are needed, got %1").arg(maxBucketsPerRow));
}

void ExponentialHistogram::add(double value)
{
    // Incremental update of the sum of squared deviations (Welford).
    if (m_width > 0) {
        const double mean = m_total / double(m_width);
        m_squares += double(m_width) * (value - mean) * (value - mean) / double(m_width + 1);
    }
    ++m_width;
    m_total += value;
    if (m_rows.empty())
        m_rows.emplace_back();
    m_rows.front().push_back({value, 0.0});
    compress();
}

// A row that overflows merges its two oldest buckets into one of twice the size on the next row.
void ExponentialHistogram::compress()
{
    for (size_t r = 0; r < m_rows.size() && qsizetype(m_rows[r].size()) > m_maxBucketsPerRow; ++r) {
        const double n = double(bucketSize(qsizetype(r)));
        const Bucket first = m_rows[r][0];
        const Bucket second = m_rows[r][1];
        const double difference = first.total / n - second.total / n;
        // Two blocks of n values: the squares add up plus n n / (n + n) times the squared mean gap.
        const Bucket merged{first.total + second.total, first.squares + second.squares + n * difference * difference / 2};
        m_rows[r].pop_front();
        m_rows[r].pop_front();
        if (r + 1 == m_rows.size())
            m_rows.emplace_back();
        m_rows[r + 1].push_back(merged);
    }
}

void ExponentialHistogram::removeOldest()
{
    if (m_rows.empty())
        return;
    const qsizetype last = rowCount() - 1;
    const Bucket oldest = m_rows.back().front();
    const double n = double(bucketSize(last));
    m_rows.back().pop_front();
    if (m_rows.back().empty())
        m_rows.pop_back();
    m_width -= qint64(n);
    m_total -= oldest.total;
    if (m_width == 0) {
        m_squares = 0;
        return;
    }
    // Chan et al.'s update for removing a block from a sum of squared deviations.
    const double rest = double(m_width);
    const double difference = oldest.total / n - m_total / rest;
    m_squares -= oldest.squares + n * rest * difference * difference / (n + rest);
}

void ExponentialHistogram::clear()
{
    m_rows.clear();
    m_width = 0;
    m_total = 0;
    m_squares = 0;
}

} // namespace streamml::model::drift
