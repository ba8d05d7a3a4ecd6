#pragma once

#include "model/evaluation/explain/explainer.h"
#include "model/learners/tree_node.h"

#include <vector>

namespace streamml::model::learners {
class DecisionTree;
}

namespace streamml::model::evaluation::explain {

/// Exact SHAP values of a CART tree by path-dependent TreeSHAP (Lundberg, Erion & Lee 2018,
/// "Consistent individualized feature attribution for tree ensembles", Algorithm 2): a feature left
/// out of a subset sends the row down both children in proportion to their training cover. Missing
/// values follow the learned direction. Explains each class probability, or the regression value.
class TreeShap final : public Explainer
{
public:
    /// Copies what it needs from a trained tree; `features` names its design columns and `outputs`
    /// its classes (or "value"). Throws Error::model for an untrained tree or a node without cover.
    TreeShap(const learners::DecisionTree &tree, QStringList features, QStringList outputs);

    QString method() const override { return QStringLiteral("tree_shap"); }
    LocalExplanation localContributions(const Eigen::RowVectorXd &row) const override;
    /// The expected output: leaf values weighted by their training cover.
    const Eigen::RowVectorXd &baseValue() const { return m_base; }

private:
    /// One feature on the path from the root with the shares of cover that flow through it.
    struct PathElement
    {
        int feature = -1;
        double zeroFraction = 0; ///< share of cover reaching here when the feature is left out
        double oneFraction = 0;  ///< 1 when the row itself follows the path here, else 0
        double weight = 0;       ///< summed permutation weights of the subsets of one size
    };
    /// What one row's recursion reads and writes.
    struct Walk
    {
        const Eigen::RowVectorXd &row;
        Eigen::MatrixXd &phi;
    };

    void recurse(Walk &walk, int node, PathElement *parentPath, int depth, double zeroFraction, double oneFraction,
                 int feature) const;
    void creditLeaf(Walk &walk, int leaf, const PathElement *path, int depth) const;
    static void extend(PathElement *path, int depth, double zeroFraction, double oneFraction, int feature);
    static void unwind(PathElement *path, int depth, int index);
    static double unwoundSum(const PathElement *path, int depth, int index);
    int childFor(const learners::TreeNode &node, double value) const;
    int leafOf(const Eigen::RowVectorXd &row) const;

    std::vector<learners::TreeNode> m_nodes;
    Eigen::MatrixXd m_values; ///< per node: the class probabilities or the value
    Eigen::RowVectorXd m_base;
    int m_featureCount = 0;
    int m_depth = 0;
    bool m_classification = true;
};

} // namespace streamml::model::evaluation::explain
