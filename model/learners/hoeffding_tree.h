#pragma once

#include "model/learners/hoeffding_leaf.h"
#include "model/learners/hoeffding_tree_params.h"
#include "model/learners/learner.h"
#include "model/learners/tree_node.h"

#include <vector>

namespace streamml::model::learners {

/// Hoeffding tree classifier (VFDT, Domingos & Hulten 2000) growing from a stream, Gaussian numeric estimators.
class HoeffdingTree final : public Learner
{
public:
    explicit HoeffdingTree(HoeffdingTreeParams params = {});

    QString family() const override { return QStringLiteral("hoeffding_tree"); }
    Task task() const override { return Task::Classification; }
    int classCount() const override { return m_classCount; }

    /// Starts from an empty tree and learns the rows in order.
    void fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y) override;
    /// Learns the rows in order, growing the tree.
    void partialFit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y) override;
    Eigen::VectorXd predict(const Eigen::MatrixXd &x) const override;
    Eigen::MatrixXd predictProbabilities(const Eigen::MatrixXd &x) const override;

    QJsonObject hyperparameters() const override { return m_params.toJson(); }
    QJsonObject describe() const override;
    std::unique_ptr<Learner> clone() const override;
    void save(QDataStream &out) const override;
    void load(QDataStream &in) override;

    const HoeffdingTreeParams &params() const { return m_params; }
    bool isTrained() const { return m_rowsSeen > 0; }
    qint64 rowsSeen() const { return m_rowsSeen; }
    /// Nodes in creation order, node 0 the root; a split node sends NaN to its heavier child.
    const std::vector<TreeNode> &nodes() const { return m_nodes; }
    /// Class weights that reached a node (initial estimates of a new leaf included).
    std::vector<double> classDistribution(int node) const;
    /// Node indexes from the root to the leaf that row `row` of `x` reaches.
    std::vector<int> decisionPath(const Eigen::MatrixXd &x, Eigen::Index row) const;
    int depth() const;
    int leafCount() const;

private:
    void reset(int featureCount);
    void learn(const Eigen::MatrixXd &x, Eigen::Index row, int classIndex);
    int childFor(int node, double value) const;
    int leafOf(const Eigen::MatrixXd &x, Eigen::Index row) const;
    void attemptSplit(int node);
    void split(int node, const SplitSuggestion &suggestion);
    int addLeaf(int depth, std::vector<double> classWeights, int slot);
    /// Checks sizes, targets and values; `fromScratch` skips the comparison with the trained feature count.
    void checkInput(const Eigen::MatrixXd &x, const Eigen::VectorXd *y, bool fromScratch = false) const;

    HoeffdingTreeParams m_params;
    int m_classCount = 0;
    int m_featureCount = 0;
    qint64 m_rowsSeen = 0;
    std::vector<TreeNode> m_nodes;
    std::vector<std::vector<double>> m_classWeights; // per node
    std::vector<int> m_leafSlot;                     // per node: index into m_leaves, -1 for a split node
    std::vector<HoeffdingLeaf> m_leaves;
};

} // namespace streamml::model::learners
