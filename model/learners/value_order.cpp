#include "model/learners/value_order.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace streamml::model::learners {

namespace {

constexpr int kDigitBits = 11;
constexpr uint64_t kDigitMask = (uint64_t(1) << kDigitBits) - 1;
constexpr int kPasses = (64 + kDigitBits - 1) / kDigitBits;

/// The bits of `value` as an unsigned key that orders as the value does.
uint64_t keyOf(double value)
{
    value += 0.0; // -0.0 becomes 0.0: the two are equal values
    uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return (bits & (uint64_t(1) << 63)) ? ~bits : bits | (uint64_t(1) << 63);
}

} // namespace

void ValueOrder::sort(const double *values, const int *rows, int64_t count, int *order)
{
    m_keys.resize(size_t(count));
    m_keyBuffer.resize(size_t(count));
    m_rowBuffer.resize(size_t(count));
    uint64_t differing = 0;
    for (int64_t i = 0; i < count; ++i) {
        m_keys[size_t(i)] = keyOf(values[i]);
        order[i] = rows[i];
        differing |= m_keys[size_t(i)] ^ m_keys[0];
    }
    uint64_t *keys = m_keys.data();
    uint64_t *keysOut = m_keyBuffer.data();
    int *rowsIn = order;
    int *rowsOut = m_rowBuffer.data();
    std::array<int64_t, kDigitMask + 1> counts{};
    for (int pass = 0; pass < kPasses; ++pass) {
        const int shift = pass * kDigitBits;
        // A digit all keys share leaves the order as it is.
        if (((differing >> shift) & kDigitMask) == 0)
            continue;
        counts.fill(0);
        for (int64_t i = 0; i < count; ++i)
            ++counts[(keys[i] >> shift) & kDigitMask];
        int64_t start = 0;
        for (int64_t &c : counts)
            start += std::exchange(c, start);
        for (int64_t i = 0; i < count; ++i) {
            const int64_t to = counts[(keys[i] >> shift) & kDigitMask]++;
            keysOut[to] = keys[i];
            rowsOut[to] = rowsIn[i];
        }
        std::swap(keys, keysOut);
        std::swap(rowsIn, rowsOut);
    }
    if (rowsIn != order)
        std::copy_n(rowsIn, count, order);
}

} // namespace streamml::model::learners
