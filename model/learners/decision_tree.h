#pragma once

#include "model/learners/decision_tree_params.h"
#include "model/learners/learner.h"
#include "model/learners/split_criterion.h"
#include "model/learners/tree_node.h"

#include <span>
#include <vector>

namespace streamml::model::learners {

/// CART decision tree (classification or regression) grown like scikit-learn's, routing missing values natively.
class DecisionTree final : public Learner
{
public:
    explicit DecisionTree(DecisionTreeParams params = {});

    QString family() const override { return QStringLiteral("decision_tree"); }
    Task task() const override { return m_params.task; }
    int classCount() const override { return m_classCount; }

    void fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y) override;
    /// Routes the new rows to their leaves and refreshes the counts, means and impurities on their paths;
    /// the structure is not regrown.
    void partialFit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y) override;
    Eigen::VectorXd predict(const Eigen::MatrixXd &x) const override;
    Eigen::MatrixXd predictProbabilities(const Eigen::MatrixXd &x) const override;

    QJsonObject hyperparameters() const override { return m_params.toJson(); }
    QJsonObject describe() const override;
    std::unique_ptr<Learner> clone() const override;
    void save(QDataStream &out) const override;
    void load(QDataStream &in) override;

    const DecisionTreeParams &params() const { return m_params; }
    bool isTrained() const { return !m_nodes.empty(); }
    int featureCount() const { return m_featureCount; }
    /// Nodes in preorder (left child first); node 0 is the root.
    const std::vector<TreeNode> &nodes() const { return m_nodes; }
    /// Class weights of a node (classification) or its mean as the one element (regression).
    std::span<const double> nodeValue(int node) const;
    /// Node indexes from the root to the leaf that row `row` of `x` reaches.
    std::vector<int> decisionPath(const Eigen::MatrixXd &x, Eigen::Index row) const;
    /// The leaf index each row reaches.
    Eigen::VectorXi apply(const Eigen::MatrixXd &x) const;
    int depth() const;
    int leafCount() const;

private:
    int valueWidth() const { return m_params.task == Task::Classification ? m_classCount : 1; }
    int childFor(const TreeNode &node, double value) const;
    /// Checks sizes, targets and values; `fromScratch` skips the comparison with the trained feature count.
    void checkInput(const Eigen::MatrixXd &x, const Eigen::VectorXd *y, bool fromScratch = false) const;
    void widenClasses(int classCount);
    void refresh(int node, double target, const SplitCriterion &criterion, TargetStatistics &counts);

    DecisionTreeParams m_params;
    int m_classCount = 0;
    int m_featureCount = 0;
    std::vector<TreeNode> m_nodes;
    std::vector<double> m_values; // valueWidth() numbers per node
};

} // namespace streamml::model::learners
