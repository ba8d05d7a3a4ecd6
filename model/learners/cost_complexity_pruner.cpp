#include "model/learners/cost_complexity_pruner.h"

#include <limits>

namespace streamml::model::learners {

CostComplexityPruner::CostComplexityPruner(double alpha)
    : m_alpha(alpha)
{
}

void CostComplexityPruner::prune(std::vector<TreeNode> &nodes, std::vector<double> &values, int valueWidth) const
{
    if (nodes.empty())
        return;
    const std::vector<char> leaf = leavesAfterPruning(nodes);
    std::vector<TreeNode> kept;
    std::vector<double> keptValues;
    /// A node to copy into the pruned tree, with its new parent.
    struct Visit
    {
        int node;
        int parent;
        bool isLeft;
    };
    std::vector<Visit> stack{{0, -1, false}};
    while (!stack.empty()) {
        const Visit visit = stack.back();
        stack.pop_back();
        TreeNode node = nodes[size_t(visit.node)];
        const int id = int(kept.size());
        if (visit.parent >= 0)
            (visit.isLeft ? kept[size_t(visit.parent)].left : kept[size_t(visit.parent)].right) = id;
        const size_t offset = size_t(visit.node) * size_t(valueWidth);
        keptValues.insert(keptValues.end(), values.begin() + qint64(offset), values.begin() + qint64(offset + valueWidth));
        if (leaf[size_t(visit.node)]) {
            node.feature = -1;
            node.threshold = 0.0;
            node.left = node.right = -1;
            kept.push_back(node);
            continue;
        }
        kept.push_back(node);
        stack.push_back({node.right, id, false});
        stack.push_back({node.left, id, true});
    }
    nodes = std::move(kept);
    values = std::move(keptValues);
}

std::vector<char> CostComplexityPruner::leavesAfterPruning(const std::vector<TreeNode> &nodes) const
{
    // Follows scikit-learn's _cost_complexity_prune step by step, so ties pick the same branch.
    const size_t count = nodes.size();
    const double totalWeight = nodes[0].weightedSamples;
    std::vector<double> nodeRisk(count);
    std::vector<int> parent(count, -1);
    std::vector<char> leaf(count, 0);
    for (size_t i = 0; i < count; ++i) {
        nodeRisk[i] = nodes[i].weightedSamples * nodes[i].impurity / totalWeight;
        if (nodes[i].isLeaf()) {
            leaf[i] = 1;
        } else {
            parent[size_t(nodes[i].left)] = int(i);
            parent[size_t(nodes[i].right)] = int(i);
        }
    }
    std::vector<double> branchRisk(count, 0.0);
    std::vector<qint64> leaves(count, 0);
    for (size_t i = 0; i < count; ++i) {
        if (!leaf[i])
            continue;
        branchRisk[i] = nodeRisk[i];
        for (int node = int(i); node != 0;) {
            const int up = parent[size_t(node)];
            branchRisk[size_t(up)] += nodeRisk[i];
            ++leaves[size_t(up)];
            node = up;
        }
    }
    std::vector<char> candidate(count);
    for (size_t i = 0; i < count; ++i)
        candidate[i] = !leaf[i];
    std::vector<char> inSubtree(count, 1);
    while (candidate[0]) {
        double effectiveAlpha = std::numeric_limits<double>::max();
        size_t weakest = 0;
        for (size_t i = 0; i < count; ++i) {
            if (!candidate[i])
                continue;
            const double alpha = (nodeRisk[i] - branchRisk[i]) / double(leaves[i] - 1);
            if (alpha < effectiveAlpha) {
                effectiveAlpha = alpha;
                weakest = i;
            }
        }
        if (m_alpha < effectiveAlpha)
            break;
        std::vector<size_t> stack{weakest};
        while (!stack.empty()) {
            const size_t node = stack.back();
            stack.pop_back();
            if (!inSubtree[node])
                continue;
            candidate[node] = 0;
            leaf[node] = 0;
            inSubtree[node] = 0;
            if (!nodes[node].isLeaf()) {
                stack.push_back(size_t(nodes[node].left));
                stack.push_back(size_t(nodes[node].right));
            }
        }
        leaf[weakest] = 1;
        inSubtree[weakest] = 1;
        const qint64 prunedLeaves = leaves[weakest] - 1;
        leaves[weakest] = 0;
        const double riskIncrease = nodeRisk[weakest] - branchRisk[weakest];
        branchRisk[weakest] = nodeRisk[weakest];
        for (int node = parent[weakest]; node >= 0; node = parent[size_t(node)]) {
            leaves[size_t(node)] -= prunedLeaves;
            branchRisk[size_t(node)] += riskIncrease;
        }
    }
    return leaf;
}

} // namespace streamml::model::learners
