#pragma once

#include <QtGlobal>
#include <deque>
#include <vector>

namespace streamml::model::drift {

/// Exponential histogram summarising ADWIN's window in O(M log W) buckets (Datar et al. 2002; Bifet &
/// Gavaldà 2007): row r holds buckets of 2^r consecutive values, at most M per row, newest rows first.
class ExponentialHistogram
{
public:
    /// Summary of consecutive values: their sum and their sum of squared deviations from their mean.
    struct Bucket
    {
        double total = 0;
        double squares = 0;
    };

    explicit ExponentialHistogram(int maxBucketsPerRow = 5);

    void add(double value);
    /// Drops the oldest bucket (the front of the last row).
    void removeOldest();
    void clear();

    qint64 width() const { return m_width; }
    double total() const { return m_total; }
    /// Variance of the whole window (divisor: width).
    double variance() const { return m_width > 0 ? m_squares / double(m_width) : 0.0; }
    qsizetype rowCount() const { return qsizetype(m_rows.size()); }
    /// Buckets of one row, oldest first; each holds bucketSize(row) values.
    const std::deque<Bucket> &row(qsizetype index) const { return m_rows[size_t(index)]; }
    static qint64 bucketSize(qsizetype row) { return qint64(1) << row; }

private:
    void compress();

    int m_maxBucketsPerRow;
    std::vector<std::deque<Bucket>> m_rows;
    qint64 m_width = 0;
    double m_total = 0;
    double m_squares = 0;
};

} // namespace streamml::model::drift
