#pragma once

#include "model/learners/task.h"

#include <QStringList>
#include <vector>

namespace streamml::model::learners {
class DecisionTree;
class HoeffdingTree;
struct TreeNode;
}

namespace streamml::model::evaluation::explain {

class DesignMap;

/// A grown tree (CART or Hoeffding) as data for drawing: per node its test in input terms, where
/// missing values go, samples, impurity, class distribution or value, and prediction.
class TreeDiagram
{
public:
    /// One node; ids are the tree's node indexes, 0 the root.
    struct Node
    {
        int id = 0;
        int parent = -1;
        int left = -1; ///< -1 at a leaf
        int right = -1;
        int depth = 0;
        int feature = -1;          ///< design column tested; -1 at a leaf
        QString featureName;       ///< its design name
        double threshold = 0;      ///< in design units: a value <= threshold goes left
        QString condition;         ///< the test in input terms, true going left: "Speed IAS in knots <= 145.5"
        bool missingGoesLeft = false;
        qint64 samples = 0;
        double weightedSamples = 0;
        double impurity = 0;
        std::vector<double> value; ///< class weights (classification) or the mean (regression)
        int predictedClass = -1;   ///< the class of largest weight; -1 for regression
        QString prediction;        ///< that class's label, or the mean as text

        bool isLeaf() const { return left < 0; }
    };

    /// Throws Error::model for an untrained tree, Error::input when the design map is narrower than
    /// a tested column.
    static TreeDiagram of(const learners::DecisionTree &tree, const DesignMap &design, const QStringList &classLabels = {});
    static TreeDiagram of(const learners::HoeffdingTree &tree, const DesignMap &design, const QStringList &classLabels = {});

    learners::Task task() const { return m_task; }
    /// What the impurities measure: "gini", "entropy" or "squared_error".
    const QString &criterion() const { return m_criterion; }
    const QStringList &classLabels() const { return m_classLabels; }
    const std::vector<Node> &nodes() const { return m_nodes; }
    /// The child a design value goes to, as the tree routes it (missing values by the learned side).
    int childFor(int node, double value) const;

private:
    TreeDiagram(learners::Task task, QString criterion, QStringList classLabels);
    void add(const learners::TreeNode &treeNode, std::vector<double> value, const DesignMap &design);
    void linkParents();

    learners::Task m_task = learners::Task::Classification;
    QString m_criterion;
    QStringList m_classLabels;
    std::vector<Node> m_nodes;
};

} // namespace streamml::model::evaluation::explain
