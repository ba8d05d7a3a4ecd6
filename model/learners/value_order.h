#pragma once

#include <cstdint>
#include <vector>

namespace streamml::model::learners {

/// Orders rows by a column's values, ties by row, in linear time: a stable radix sort on the values' bits.
class ValueOrder
{
public:
    /// Writes into `order` the indexes of the `count` values (none NaN) in ascending value order, equal
    /// values (0.0 and -0.0 among them) in index order, as sorting (value, index) pairs would.
    void sort(const double *values, const int *rows, int64_t count, int *order);

private:
    std::vector<uint64_t> m_keys;
    std::vector<uint64_t> m_keyBuffer;
    std::vector<int> m_rowBuffer;
};

} // namespace streamml::model::learners
