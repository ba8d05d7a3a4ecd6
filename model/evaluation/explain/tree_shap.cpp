#include "model/evaluation/explain/tree_shap.h"

#include "model/core/error.h"
#include "model/learners/decision_tree.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace streamml::model::evaluation::explain {

using core::Error;

TreeShap::TreeShap(const learners::DecisionTree &tree, QStringList features, QStringList outputs)
    : Explainer(std::move(features), std::move(outputs))
    , m_nodes(tree.nodes())
    , m_featureCount(tree.featureCount())
    , m_depth(tree.depth())
    , m_classification(tree.task() == learners::Task::Classification)
{
    if (!tree.isTrained())
        throw Error::model(QStringLiteral("tree_shap: the tree is not trained yet"));
    if (this->features().size() != m_featureCount)
        throw Error::input(QStringLiteral("tree_shap: %1 feature names for a tree on %2 features")
                               .arg(this->features().size())
                               .arg(m_featureCount));
    const qsizetype width = qsizetype(tree.nodeValue(0).size());
    if (this->outputs().size() != width)
        throw Error::input(QStringLiteral("tree_shap: %1 output names for a tree with %2 outputs").arg(this->outputs().size()).arg(width));
    m_values.resize(Eigen::Index(m_nodes.size()), width);
    m_base = Eigen::RowVectorXd::Zero(width);
    for (size_t n = 0; n < m_nodes.size(); ++n) {
        if (m_nodes[n].weightedSamples <= 0)
            throw Error::model(QStringLiteral("tree_shap: node %1 has no training cover").arg(n));
        const std::span<const double> value = tree.nodeValue(int(n));
        // Leaves give probabilities as predictProbabilities does: the class weights normalised.
        double total = 1.0;
        if (m_classification) {
            total = std::accumulate(value.begin(), value.end(), 0.0);
            total = total == 0.0 ? 1.0 : total;
        }
        for (qsizetype c = 0; c < width; ++c)
            m_values(Eigen::Index(n), c) = value[size_t(c)] / total;
        if (m_nodes[n].isLeaf())
            m_base += m_nodes[n].weightedSamples / m_nodes[0].weightedSamples * m_values.row(Eigen::Index(n));
    }
}

LocalExplanation TreeShap::localContributions(const Eigen::RowVectorXd &row) const
{
    checkWidth(row, m_featureCount);
    LocalExplanation e = blank(m_classification ? QStringLiteral("probability") : QStringLiteral("value"),
                               LocalExplanation::Space::Design);
    // Path storage for every depth of the recursion: a path of d + 1 elements at depth d.
    std::vector<PathElement> storage(size_t((m_depth + 2) * (m_depth + 3) / 2));
    Walk walk{row, e.contributions};
    recurse(walk, 0, storage.data(), 0, 1.0, 1.0, -1);
    e.base = m_base;
    e.prediction = m_values.row(leafOf(row));
    return e;
}

void TreeShap::recurse(Walk &walk, int node, PathElement *parentPath, int depth, double zeroFraction,
                       double oneFraction, int feature) const
{
    PathElement *path = parentPath + depth + 1;
    std::copy(parentPath, parentPath + depth + 1, path);
    extend(path, depth, zeroFraction, oneFraction, feature);
    const learners::TreeNode &n = m_nodes[size_t(node)];
    if (n.isLeaf()) {
        creditLeaf(walk, node, path, depth);
        return;
    }
    const int hot = childFor(n, walk.row[n.feature]);
    const int cold = hot == n.left ? n.right : n.left;
    double incomingZero = 1.0;
    double incomingOne = 1.0;
    // A feature split on again higher up is taken off the path and its fractions carried into this split.
    int index = 0;
    while (index <= depth && path[index].feature != n.feature)
        ++index;
    if (index <= depth) {
        incomingZero = path[index].zeroFraction;
        incomingOne = path[index].oneFraction;
        unwind(path, depth, index);
        --depth;
    }
    const double cover = n.weightedSamples;
    recurse(walk, hot, path, depth + 1, m_nodes[size_t(hot)].weightedSamples / cover * incomingZero, incomingOne, n.feature);
    recurse(walk, cold, path, depth + 1, m_nodes[size_t(cold)].weightedSamples / cover * incomingZero, 0.0, n.feature);
}

void TreeShap::creditLeaf(Walk &walk, int leaf, const PathElement *path, int depth) const
{
    for (int i = 1; i <= depth; ++i) {
        const PathElement &element = path[i];
        const double weight = unwoundSum(path, depth, i) * (element.oneFraction - element.zeroFraction);
        walk.phi.row(element.feature) += weight * m_values.row(leaf);
    }
}

void TreeShap::extend(PathElement *path, int depth, double zeroFraction, double oneFraction, int feature)
{
    path[depth] = PathElement{feature, zeroFraction, oneFraction, depth == 0 ? 1.0 : 0.0};
    for (int i = depth - 1; i >= 0; --i) {
        path[i + 1].weight += oneFraction * path[i].weight * (i + 1) / double(depth + 1);
        path[i].weight = zeroFraction * path[i].weight * (depth - i) / double(depth + 1);
    }
}

void TreeShap::unwind(PathElement *path, int depth, int index)
{
    const double oneFraction = path[index].oneFraction;
    const double zeroFraction = path[index].zeroFraction;
    double nextOnePortion = path[depth].weight;
    for (int i = depth - 1; i >= 0; --i) {
        if (oneFraction != 0.0) {
            const double kept = path[i].weight;
            path[i].weight = nextOnePortion * (depth + 1) / ((i + 1) * oneFraction);
            nextOnePortion = kept - path[i].weight * zeroFraction * (depth - i) / double(depth + 1);
        } else {
            path[i].weight = path[i].weight * (depth + 1) / (zeroFraction * (depth - i));
        }
    }
    for (int i = index; i < depth; ++i) {
        path[i].feature = path[i + 1].feature;
        path[i].zeroFraction = path[i + 1].zeroFraction;
        path[i].oneFraction = path[i + 1].oneFraction;
    }
}

double TreeShap::unwoundSum(const PathElement *path, int depth, int index)
{
    const double oneFraction = path[index].oneFraction;
    const double zeroFraction = path[index].zeroFraction;
    double nextOnePortion = path[depth].weight;
    double total = 0.0;
    if (oneFraction != 0.0) {
        for (int i = depth - 1; i >= 0; --i) {
            const double share = nextOnePortion / ((i + 1) * oneFraction);
            total += share;
            nextOnePortion = path[i].weight - share * zeroFraction * (depth - i);
        }
    } else {
        for (int i = depth - 1; i >= 0; --i)
            total += path[i].weight / (zeroFraction * (depth - i));
    }
    return total * (depth + 1);
}

int TreeShap::childFor(const learners::TreeNode &node, double value) const
{
    if (std::isnan(value))
        return node.missingGoesLeft ? node.left : node.right;
    return value <= node.threshold ? node.left : node.right;
}

int TreeShap::leafOf(const Eigen::RowVectorXd &row) const
{
    int node = 0;
    while (!m_nodes[size_t(node)].isLeaf())
        node = childFor(m_nodes[size_t(node)], row[m_nodes[size_t(node)].feature]);
    return node;
}

} // namespace streamml::model::evaluation::explain
