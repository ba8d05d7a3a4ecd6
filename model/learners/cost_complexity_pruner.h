#pragma once

#include "model/learners/tree_node.h"

#include <vector>

namespace streamml::model::learners {

/// scikit-learn's minimal cost-complexity pruning: collapses the weakest link while its alpha is at most ccp_alpha.
class CostComplexityPruner
{
public:
    explicit CostComplexityPruner(double alpha);

    /// Prunes a tree in place; `values` holds `valueWidth` numbers per node. Node order stays preorder.
    void prune(std::vector<TreeNode> &nodes, std::vector<double> &values, int valueWidth) const;

private:
    std::vector<char> leavesAfterPruning(const std::vector<TreeNode> &nodes) const;

    double m_alpha;
};

} // namespace streamml::model::learners
