#pragma once

#include "model/evaluation/splitter.h"

#include <optional>

namespace streamml::model::evaluation {

/// scikit-learn's TimeSeriesSplit: test blocks at the end of the rows, each trained on the rows before
/// it (less a gap, optionally capped to the most recent max_train_size rows).
class TimeSeriesSplit : public Splitter
{
public:
    /// Throws when splits < 2, gap < 0, or a given test or training size is not positive.
    explicit TimeSeriesSplit(int splits = 5, std::optional<Eigen::Index> maxTrainSize = std::nullopt,
                             std::optional<Eigen::Index> testSize = std::nullopt, Eigen::Index gap = 0);

    std::vector<Fold> split(const Eigen::VectorXd &targets) const override;
    std::vector<Fold> splitRows(Eigen::Index rows) const;
    int splitCount() const override { return m_splits; }

private:
    int m_splits;
    std::optional<Eigen::Index> m_maxTrainSize;
    std::optional<Eigen::Index> m_testSize;
    Eigen::Index m_gap;
};

} // namespace streamml::model::evaluation
