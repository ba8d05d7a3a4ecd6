#include "model/learners/leaf_router.h"

#include <algorithm>

namespace streamml::model::learners {

namespace {

/// Rows moved together: their node indexes stay in the first cache level.
constexpr Eigen::Index kBlockRows = 256;

} // namespace

LeafRouter::LeafRouter(const std::vector<TreeNode> &nodes)
{
    m_steps.reserve(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i) {
        const TreeNode &node = nodes[i];
        const int self = int(i);
        m_steps.push_back(node.isLeaf() ? Step{0.0, 0, self, self, 1}
                                        : Step{node.threshold, node.feature, node.left, node.right, node.missingGoesLeft});
        m_depth = std::max(m_depth, node.depth);
    }
}

Eigen::VectorXi LeafRouter::leaves(const Eigen::MatrixXd &x) const
{
    Eigen::VectorXi result(x.rows());
    for (Eigen::Index first = 0; first < x.rows(); first += kBlockRows)
        routeBlock(x, first, std::min(kBlockRows, x.rows() - first), result.data() + first);
    return result;
}

void LeafRouter::routeBlock(const Eigen::MatrixXd &x, Eigen::Index first, Eigen::Index count, int *leaves) const
{
    std::fill_n(leaves, count, 0);
    const double *values = x.data();
    const Eigen::Index stride = x.rows();
    // Every route is at most m_depth steps long; a leaf's step leads back to itself.
    for (int level = 0; level < m_depth; ++level) {
        for (Eigen::Index i = 0; i < count; ++i) {
            const Step &step = m_steps[size_t(leaves[i])];
            const double value = values[Eigen::Index(step.feature) * stride + first + i];
            // Bitwise, not logical, operators: no branch to mispredict.
            const int left = int(value <= step.threshold) | (int(value != value) & step.missingGoesLeft);
            leaves[i] = step.right ^ ((step.left ^ step.right) & -left);
        }
    }
}

} // namespace streamml::model::learners
