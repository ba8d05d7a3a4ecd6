#pragma once

#include "model/learners/split_criterion.h"
#include "model/learners/splitter_random.h"
#include "model/learners/target_statistics.h"
#include "model/learners/tree_node.h"

#include <Eigen/Dense>
#include <limits>
#include <vector>

namespace streamml::model::learners {

/// Grows a CART tree as scikit-learn's best splitter does, from feature orderings sorted once; NaN rows learn a side.
class CartBuilder
{
public:
    /// The stopping rules and the seed that decides between equal-quality splits.
    struct Limits
    {
        int maxDepth = 0; ///< 0: no limit
        int minSamplesSplit = 2;
        int minSamplesLeaf = 1;
        double minImpurityDecrease = 0.0;
        quint32 randomState = 0;
    };

    CartBuilder(const SplitCriterion &criterion, const Limits &limits);

    /// Grows a tree on `x` (NaN = missing) and `y` into `nodes` (preorder, left child first) and `values`
    /// (per node: the class weights, or the mean for regression).
    void build(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, int classCount, std::vector<TreeNode> &nodes,
               std::vector<double> &values);

private:
    /// A node waiting to be grown: its rows [start, end) in every feature ordering.
    struct Pending
    {
        qint64 start = 0;
        qint64 end = 0;
        int depth = 0;
        int parent = -1;
        bool isLeft = false;
        double impurity = 0.0;
        qint64 constantFeatures = 0;
    };
    /// The best split found so far for a node.
    struct Split
    {
        int feature = -1;
        qint64 leftCount = 0;
        double threshold = 0.0;
        bool missingGoesLeft = false;
        qint64 missing = 0;
        double proxy = -std::numeric_limits<double>::infinity();
        double improvement = 0.0;
        double leftImpurity = 0.0;
        double rightImpurity = 0.0;
    };

    void sortFeatures();
    void computeNodeStatistics(const Pending &node);
    Split findSplit(Pending &node, double impurity);
    bool evaluateFeature(int feature, const Pending &node, Split &best);
    void sweep(int feature, qint64 count, qint64 nonMissing, bool missingLeft, Split &best);
    void consider(const TargetStatistics &left, const TargetStatistics &right, const Split &candidate, Split &best);
    /// Whether `node` passes the stopping rules known before its split search.
    bool mayGrow(const Pending &node) const;
    /// Sends the node's rows to its children; the per-feature orderings only when a child may grow.
    void partition(const Pending &node, const Split &split, bool childrenGrow);
    void partitionSamples(const Pending &node);
    int addNode(const Pending &node, double impurity, const Split *split, std::vector<TreeNode> &nodes,
                std::vector<double> &values) const;

    const SplitCriterion &m_criterion;
    Limits m_limits;
    SplitterRandom m_random;
    const Eigen::MatrixXd *m_x = nullptr;
    const Eigen::VectorXd *m_y = nullptr;
    qint64 m_rows = 0;
    int m_features = 0;
    std::vector<int> m_order;        // per feature: the rows of each node sorted by value, missing last (kept
                                     // for the features not constant in the node)
    std::vector<int> m_samples;      // the node rows in scikit-learn's order, so target sums round as there
    int m_lastSorted = 0;            // the feature scikit-learn last sorted the node rows by
    std::vector<int> m_scratch;
    std::vector<char> m_goesLeft;    // by row, for the node being partitioned
    std::vector<double> m_values;    // the node's feature values and targets in one feature's order
    std::vector<double> m_targets;
    std::vector<qint64> m_featureOrder;
    std::vector<qint64> m_constantFeatures;
    TargetStatistics m_node;
    TargetStatistics m_missing;
    TargetStatistics m_nonMissing;
    TargetStatistics m_left;
    TargetStatistics m_candidateLeft;
    TargetStatistics m_candidateRight;
    TargetStatistics m_bestLeft;
    TargetStatistics m_bestRight;
};

} // namespace streamml::model::learners
