#pragma once

#include "model/evaluation/splitter.h"

#include <QtGlobal>
#include <optional>

namespace streamml::model::evaluation {

/// The parameters K-fold splitters share, checked as scikit-learn's _BaseKFold checks them.
class BaseKFold : public Splitter
{
public:
    int splitCount() const override { return m_splits; }
    bool shuffles() const { return m_shuffle; }
    std::optional<quint32> randomState() const { return m_randomState; }

protected:
    /// Throws when splits < 2, when a seed is given without shuffling, or when shuffling has no seed
    /// (runs must be reproducible, so the seed is never drawn from the clock).
    BaseKFold(int splits, bool shuffle, std::optional<quint32> randomState);

    /// Throws when there are fewer rows than folds.
    void checkRows(Eigen::Index rows) const;

private:
    int m_splits;
    bool m_shuffle;
    std::optional<quint32> m_randomState;
};

} // namespace streamml::model::evaluation
