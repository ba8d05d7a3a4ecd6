#pragma once

#include <Eigen/Core>
#include <QtGlobal>
#include <array>
#include <utility>
#include <vector>

namespace streamml::model::evaluation {

/// numpy's legacy np.random.RandomState(seed): MT19937 seeded from one 32-bit integer, with numpy's
/// legacy algorithms for doubles, bounded integers and shuffles, so seeded draws equal numpy's.
class RandomState
{
public:
    explicit RandomState(quint32 seed);

    quint32 nextUint32();
    quint64 nextUint64();
    /// random_sample(): a 53-bit double in [0, 1).
    double randomSample();
    /// uniform(low, high): low + (high - low) * randomSample().
    double uniform(double low, double high);
    /// A value in [0, max] by masked rejection, as numpy's shuffle and legacy randint draw it; max == 0
    /// consumes nothing.
    quint64 interval(quint64 max);
    /// randint(low, high): a value in [low, high); throws when high <= low.
    qint64 randint(qint64 low, qint64 high);

    /// shuffle(x) in place: Fisher-Yates from the last position down, as numpy does for a 1-d array.
    template<typename T>
    void shuffle(std::vector<T> &values)
    {
        for (size_t i = values.size(); i-- > 1;)
            std::swap(values[i], values[size_t(interval(quint64(i)))]);
    }

    /// permutation(n): a shuffled 0 .. n-1.
    std::vector<Eigen::Index> permutation(Eigen::Index n);

private:
    static constexpr int StateSize = 624;

    void regenerate();

    std::array<quint32, StateSize> m_key{};
    int m_position = StateSize;
};

} // namespace streamml::model::evaluation
