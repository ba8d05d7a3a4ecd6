#pragma once

#include <Eigen/Core>
#include <vector>

namespace streamml::model::evaluation {

/// The rows one split trains on and tests on, as ascending positions in the batch.
struct Fold
{
    std::vector<Eigen::Index> train;
    std::vector<Eigen::Index> test;

    /// One fold per test fold 0 .. foldCount-1, given the test fold of every row; each fold trains
    /// on all the other rows.
    static std::vector<Fold> fromAssignment(const std::vector<int> &testFoldOfRow, int foldCount);
};

} // namespace streamml::model::evaluation
