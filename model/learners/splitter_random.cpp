#include "model/learners/splitter_random.h"

#include <random>

namespace streamml::model::learners {

namespace {

constexpr quint32 kRandMax = 0x7FFFFFFF;

// numpy's RandomState(seed).randint(0, kRandMax): Mersenne Twister words masked to 31 bits, rejecting kRandMax.
quint32 firstState(quint32 randomState)
{
    std::mt19937 twister(randomState);
    quint32 value = 0;
    do
        value = quint32(twister()) & kRandMax;
    while (value > kRandMax - 1);
    return value;
}

} // namespace

SplitterRandom::SplitterRandom(quint32 randomState)
    : m_state(firstState(randomState))
{
}

qint64 SplitterRandom::uniform(qint64 low, qint64 high)
{
    if (m_state == 0)
        m_state = 1;
    m_state ^= quint32(m_state << 13);
    m_state ^= quint32(m_state >> 17);
    m_state ^= quint32(m_state << 5);
    return low + qint64(m_state % (kRandMax + 1u)) % (high - low);
}

} // namespace streamml::model::learners
