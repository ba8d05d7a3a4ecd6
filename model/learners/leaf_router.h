#pragma once

#include "model/learners/tree_node.h"

#include <Eigen/Dense>
#include <vector>

namespace streamml::model::learners {

/// Sends many rows down a grown tree at once: each step moves a block of rows one level without branches,
/// so the rows' routes overlap in the processor instead of waiting on one guessed turn after another.
class LeafRouter
{
public:
    explicit LeafRouter(const std::vector<TreeNode> &nodes);

    /// The leaf each row of `x` reaches (NaN follows the node's learned side).
    Eigen::VectorXi leaves(const Eigen::MatrixXd &x) const;

private:
    /// A node reduced to what routing reads; a leaf points to itself on both sides.
    struct Step
    {
        double threshold;
        int feature;
        int left;
        int right;
        int missingGoesLeft;
    };

    void routeBlock(const Eigen::MatrixXd &x, Eigen::Index first, Eigen::Index count, int *leaves) const;

    std::vector<Step> m_steps;
    int m_depth = 0;
};

} // namespace streamml::model::learners
