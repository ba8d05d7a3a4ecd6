#include "model/evaluation/random_state.h"

#include "model/core/error.h"

#include <algorithm>
#include <numeric>

namespace streamml::model::evaluation {

namespace {
constexpr int ShiftSize = 397;
constexpr quint32 MatrixA = 0x9908b0dfU;
constexpr quint32 UpperMask = 0x80000000U;
constexpr quint32 LowerMask = 0x7fffffffU;
} // namespace

// An integer seed goes through MT19937's init_genrand (numpy's mt19937_seed), not init_by_array.
RandomState::RandomState(quint32 seed)
{
    m_key[0] = seed;
    for (int i = 1; i < StateSize; ++i) {
        const quint32 previous = m_key[size_t(i - 1)];
        m_key[size_t(i)] = 1812433253U * (previous ^ (previous >> 30)) + quint32(i);
    }
}

void RandomState::regenerate()
{
    for (int i = 0; i < StateSize; ++i) {
        const quint32 y = (m_key[size_t(i)] & UpperMask) | (m_key[size_t((i + 1) % StateSize)] & LowerMask);
        m_key[size_t(i)] = m_key[size_t((i + ShiftSize) % StateSize)] ^ (y >> 1) ^ ((y & 1U) ? MatrixA : 0U);
    }
    m_position = 0;
}

quint32 RandomState::nextUint32()
{
    if (m_position == StateSize)
        regenerate();
    quint32 y = m_key[size_t(m_position++)];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

quint64 RandomState::nextUint64()
{
    const quint64 high = nextUint32();
    return (high << 32) | nextUint32();
}

double RandomState::randomSample()
{
    const quint32 a = nextUint32() >> 5;
    const quint32 b = nextUint32() >> 6;
    return (double(a) * 67108864.0 + double(b)) / 9007199254740992.0;
}

double RandomState::uniform(double low, double high)
{
    return low + (high - low) * randomSample();
}

quint64 RandomState::interval(quint64 max)
{
    if (max == 0)
        return 0;
    quint64 mask = max;
    for (int shift = 1; shift <= 32; shift *= 2)
        mask |= mask >> shift;
    quint64 value = 0;
    if (max <= 0xffffffffULL) {
        while ((value = (nextUint32() & mask)) > max) {
        }
    } else {
        while ((value = (nextUint64() & mask)) > max) {
        }
    }
    return value;
}

qint64 RandomState::randint(qint64 low, qint64 high)
{
    if (high <= low)
        throw core::Error::internal(QStringLiteral("randint needs low < high, got low=%1, high=%2").arg(low).arg(high));
    return low + qint64(interval(quint64(high) - quint64(low) - 1));
}

std::vector<Eigen::Index> RandomState::permutation(Eigen::Index n)
{
    std::vector<Eigen::Index> values(static_cast<size_t>(std::max<Eigen::Index>(n, 0)));
    std::iota(values.begin(), values.end(), Eigen::Index(0));
    shuffle(values);
    return values;
}

} // namespace streamml::model::evaluation
