#include "model/evaluation/explain/tree_diagram.h"

#include "model/core/error.h"
#include "model/evaluation/explain/design_map.h"
#include "model/evaluation/explain/local_explanation.h"
#include "model/learners/decision_tree.h"
#include "model/learners/hoeffding_tree.h"

#include <algorithm>
#include <cmath>

namespace streamml::model::evaluation::explain {

using core::Error;

TreeDiagram::TreeDiagram(learners::Task task, QString criterion, QStringList classLabels)
    : m_task(task)
    , m_criterion(std::move(criterion))
    , m_classLabels(std::move(classLabels))
{
}

TreeDiagram TreeDiagram::of(const learners::DecisionTree &tree, const DesignMap &design, const QStringList &classLabels)
{
    if (!tree.isTrained())
        throw Error::model(QStringLiteral("tree diagram: the decision tree is not trained yet"));
    TreeDiagram diagram(tree.task(), tree.params().effectiveCriterion(), LocalExplanation::classNames(tree.classCount(), classLabels));
    for (size_t n = 0; n < tree.nodes().size(); ++n) {
        const std::span<const double> value = tree.nodeValue(int(n));
        diagram.add(tree.nodes()[n], std::vector<double>(value.begin(), value.end()), design);
    }
    diagram.linkParents();
    return diagram;
}

TreeDiagram TreeDiagram::of(const learners::HoeffdingTree &tree, const DesignMap &design, const QStringList &classLabels)
{
    if (!tree.isTrained())
        throw Error::model(QStringLiteral("tree diagram: the Hoeffding tree has seen no rows yet"));
    TreeDiagram diagram(learners::Task::Classification, tree.params().criterionName(),
                        LocalExplanation::classNames(tree.classCount(), classLabels));
    for (size_t n = 0; n < tree.nodes().size(); ++n)
        diagram.add(tree.nodes()[n], tree.classDistribution(int(n)), design);
    diagram.linkParents();
    return diagram;
}

void TreeDiagram::add(const learners::TreeNode &treeNode, std::vector<double> value, const DesignMap &design)
{
    Node node;
    node.id = int(m_nodes.size());
    node.left = treeNode.left;
    node.right = treeNode.right;
    node.depth = treeNode.depth;
    node.missingGoesLeft = treeNode.missingGoesLeft;
    node.samples = treeNode.samples;
    node.weightedSamples = treeNode.weightedSamples;
    node.impurity = treeNode.impurity;
    if (!treeNode.isLeaf()) {
        if (treeNode.feature >= design.size())
            throw Error::input(QStringLiteral("tree diagram: node %1 tests design column %2 but the design has %3 columns")
                                   .arg(node.id)
                                   .arg(treeNode.feature)
                                   .arg(design.size()));
        node.feature = treeNode.feature;
        node.featureName = design.column(treeNode.feature).name;
        node.threshold = treeNode.threshold;
        node.condition = design.conditionText(treeNode.feature, treeNode.threshold);
    }
    node.value = std::move(value);
    if (m_task == learners::Task::Classification) {
        node.predictedClass = int(std::max_element(node.value.begin(), node.value.end()) - node.value.begin());
        node.prediction = m_classLabels.value(node.predictedClass);
    } else {
        node.prediction = DesignMap::number(node.value.front());
    }
    m_nodes.push_back(std::move(node));
}

void TreeDiagram::linkParents()
{
    for (const Node &node : m_nodes) {
        if (node.isLeaf())
            continue;
        m_nodes[size_t(node.left)].parent = node.id;
        m_nodes[size_t(node.right)].parent = node.id;
    }
}

int TreeDiagram::childFor(int node, double value) const
{
    const Node &n = m_nodes.at(size_t(node));
    if (std::isnan(value))
        return n.missingGoesLeft ? n.left : n.right;
    return value <= n.threshold ? n.left : n.right;
}

} // namespace streamml::model::evaluation::explain
