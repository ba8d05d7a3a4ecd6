#pragma once

#include <QtGlobal>

namespace streamml::model::learners {

/// scikit-learn's tree-splitter xorshift generator, seeded from random_state as it does, to draw features in its order.
class SplitterRandom
{
public:
    explicit SplitterRandom(quint32 randomState);

    /// A number in [low, high).
    qint64 uniform(qint64 low, qint64 high);

private:
    quint32 m_state;
};

} // namespace streamml::model::learners
