#include "model/learners/decision_tree.h"

#include "model/core/error.h"
#include "model/learners/cart_builder.h"
#include "model/learners/cost_complexity_pruner.h"
#include "model/learners/leaf_router.h"
#include "model/learners/split_criterion_registry.h"
#include "model/learners/state_stream.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace streamml::model::learners {

namespace {

constexpr quint32 kStateVersion = 1;

} // namespace

DecisionTree::DecisionTree(DecisionTreeParams params)
    : m_params(std::move(params))
{
    m_params.validate();
}

void DecisionTree::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    checkInput(x, &y, true);
    if (x.rows() == 0)
        throw core::Error::input(QStringLiteral("decision_tree: cannot fit on zero rows"));
    m_featureCount = int(x.cols());
    m_classCount = m_params.task == Task::Classification ? int(y.maxCoeff()) + 1 : 0;
    const std::unique_ptr<SplitCriterion> criterion = SplitCriterionRegistry::create(m_params.effectiveCriterion());
    CartBuilder::Limits limits;
    limits.maxDepth = m_params.maxDepth;
    limits.minSamplesSplit = m_params.minSamplesSplit;
    limits.minSamplesLeaf = m_params.minSamplesLeaf;
    limits.minImpurityDecrease = m_params.minImpurityDecrease;
    limits.randomState = quint32(m_params.randomState);
    CartBuilder(*criterion, limits).build(x, y, m_classCount, m_nodes, m_values);
    if (m_params.ccpAlpha > 0.0)
        CostComplexityPruner(m_params.ccpAlpha).prune(m_nodes, m_values, valueWidth());
}

void DecisionTree::partialFit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    if (!isTrained()) {
        fit(x, y);
        return;
    }
    checkInput(x, &y);
    if (m_params.task == Task::Classification && x.rows() > 0)
        widenClasses(std::max(m_classCount, int(y.maxCoeff()) + 1));
    const std::unique_ptr<SplitCriterion> criterion = SplitCriterionRegistry::create(m_params.effectiveCriterion());
    TargetStatistics counts(m_params.task, m_classCount);
    for (Eigen::Index row = 0; row < x.rows(); ++row) {
        for (int node = 0;;) {
            refresh(node, y[row], *criterion, counts);
            const TreeNode &current = m_nodes[size_t(node)];
            if (current.isLeaf())
                break;
            node = childFor(current, x(row, current.feature));
        }
    }
}

void DecisionTree::refresh(int node, double target, const SplitCriterion &criterion, TargetStatistics &counts)
{
    TreeNode &n = m_nodes[size_t(node)];
    double *value = m_values.data() + qint64(node) * valueWidth();
    const double weight = n.weightedSamples;
    const double newWeight = weight + 1.0;
    ++n.samples;
    n.weightedSamples = newWeight;
    if (m_params.task == Task::Classification) {
        value[int(target)] += 1.0;
        counts.setClassWeights({value, size_t(m_classCount)});
        n.impurity = criterion.impurity(counts);
        return;
    }
    // Mean and variance updated from the old mean and second moment.
    const double mean = value[0];
    const double secondMoment = n.impurity + mean * mean;
    const double newMean = (mean * weight + target) / newWeight;
    const double newSecondMoment = (secondMoment * weight + target * target) / newWeight;
    value[0] = newMean;
    n.impurity = std::max(0.0, newSecondMoment - newMean * newMean);
}

void DecisionTree::widenClasses(int classCount)
{
    if (classCount <= m_classCount)
        return;
    std::vector<double> widened(m_nodes.size() * size_t(classCount), 0.0);
    for (size_t node = 0; node < m_nodes.size(); ++node)
        std::copy_n(m_values.begin() + qint64(node * size_t(m_classCount)), m_classCount,
                    widened.begin() + qint64(node * size_t(classCount)));
    m_values = std::move(widened);
    m_classCount = classCount;
}

Eigen::VectorXd DecisionTree::predict(const Eigen::MatrixXd &x) const
{
    const Eigen::VectorXi leaves = apply(x);
    // A prediction per node once, then one lookup per row.
    std::vector<double> outcome(m_nodes.size());
    for (size_t node = 0; node < m_nodes.size(); ++node) {
        const std::span<const double> value = nodeValue(int(node));
        // The first largest class weight, as argmax picks it.
        outcome[node] = m_params.task == Task::Classification
            ? double(std::max_element(value.begin(), value.end()) - value.begin())
            : value[0];
    }
    Eigen::VectorXd result(x.rows());
    for (Eigen::Index row = 0; row < x.rows(); ++row)
        result[row] = outcome[size_t(leaves[row])];
    return result;
}

Eigen::MatrixXd DecisionTree::predictProbabilities(const Eigen::MatrixXd &x) const
{
    if (m_params.task != Task::Classification)
        throw core::Error::model(QStringLiteral("decision_tree: probabilities need a classification tree"));
    const Eigen::VectorXi leaves = apply(x);
    Eigen::MatrixXd result(x.rows(), m_classCount);
    for (Eigen::Index row = 0; row < x.rows(); ++row) {
        const std::span<const double> value = nodeValue(leaves[row]);
        double total = 0.0;
        for (double v : value)
            total += v;
        if (total == 0.0)
            total = 1.0;
        for (int c = 0; c < m_classCount; ++c)
            result(row, c) = value[size_t(c)] / total;
    }
    return result;
}

std::span<const double> DecisionTree::nodeValue(int node) const
{
    return {m_values.data() + qint64(node) * valueWidth(), size_t(valueWidth())};
}

int DecisionTree::childFor(const TreeNode &node, double value) const
{
    if (std::isnan(value))
        return node.missingGoesLeft ? node.left : node.right;
    return value <= node.threshold ? node.left : node.right;
}

std::vector<int> DecisionTree::decisionPath(const Eigen::MatrixXd &x, Eigen::Index row) const
{
    checkInput(x, nullptr);
    if (row < 0 || row >= x.rows())
        throw core::Error::input(QStringLiteral("decision_tree: row %1 is outside 0..%2").arg(row).arg(x.rows() - 1));
    std::vector<int> path{0};
    while (!m_nodes[size_t(path.back())].isLeaf()) {
        const TreeNode &current = m_nodes[size_t(path.back())];
        path.push_back(childFor(current, x(row, current.feature)));
    }
    return path;
}

Eigen::VectorXi DecisionTree::apply(const Eigen::MatrixXd &x) const
{
    checkInput(x, nullptr);
    return LeafRouter(m_nodes).leaves(x);
}

int DecisionTree::depth() const
{
    int deepest = 0;
    for (const TreeNode &node : m_nodes)
        deepest = std::max(deepest, node.depth);
    return deepest;
}

int DecisionTree::leafCount() const
{
    return int(std::count_if(m_nodes.begin(), m_nodes.end(), [](const TreeNode &n) { return n.isLeaf(); }));
}

void DecisionTree::checkInput(const Eigen::MatrixXd &x, const Eigen::VectorXd *y, bool fromScratch) const
{
    if (!y) {
        if (!isTrained())
            throw core::Error::model(QStringLiteral("decision_tree: the tree is not trained yet"));
        if (x.cols() != m_featureCount)
            throw core::Error::input(QStringLiteral("decision_tree: got %1 features, the tree was trained on %2")
                                         .arg(x.cols())
                                         .arg(m_featureCount));
        return;
    }
    if (y->size() != x.rows())
        throw core::Error::input(QStringLiteral("decision_tree: %1 rows but %2 targets").arg(x.rows()).arg(y->size()));
    if (!fromScratch && isTrained() && x.cols() != m_featureCount)
        throw core::Error::input(QStringLiteral("decision_tree: got %1 features, the tree was trained on %2")
                                     .arg(x.cols())
                                     .arg(m_featureCount));
    for (Eigen::Index row = 0; row < y->size(); ++row) {
        const double target = (*y)[row];
        const bool classIndex = target >= 0 && target == std::floor(target) && target < 1e6;
        if (m_params.task == Task::Classification ? !classIndex : !std::isfinite(target))
            throw core::Error::input(QStringLiteral("decision_tree: target %1 of row %2 is not a %3")
                                         .arg(target)
                                         .arg(row)
                                         .arg(m_params.task == Task::Classification ? QStringLiteral("class index")
                                                                                     : QStringLiteral("finite number")));
    }
}

QJsonObject DecisionTree::describe() const
{
    QJsonArray used;
    std::vector<char> seen(size_t(m_featureCount), 0);
    for (const TreeNode &node : m_nodes) {
        if (!node.isLeaf() && !seen[size_t(node.feature)]) {
            seen[size_t(node.feature)] = 1;
            used.append(node.feature);
        }
    }
    return QJsonObject{
        {QStringLiteral("family"), family()},
        {QStringLiteral("task"), taskName(task())},
        {QStringLiteral("criterion"), m_params.effectiveCriterion()},
        {QStringLiteral("trained"), isTrained()},
        {QStringLiteral("features"), m_featureCount},
        {QStringLiteral("classes"), m_classCount},
        {QStringLiteral("nodes"), int(m_nodes.size())},
        {QStringLiteral("depth"), depth()},
        {QStringLiteral("leaves"), leafCount()},
        {QStringLiteral("samples"), m_nodes.empty() ? 0.0 : double(m_nodes[0].samples)},
        {QStringLiteral("split_features"), used},
    };
}

std::unique_ptr<Learner> DecisionTree::clone() const
{
    return std::make_unique<DecisionTree>(*this);
}

void DecisionTree::save(QDataStream &out) const
{
    StateStream state(out, family());
    state.writeHeader(kStateVersion);
    state.writeJson(m_params.toJson());
    out << qint32(m_classCount) << qint32(m_featureCount) << qint64(m_nodes.size());
    for (const TreeNode &node : m_nodes)
        out << qint32(node.feature) << node.threshold << qint32(node.left) << qint32(node.right)
            << node.missingGoesLeft << node.impurity << node.samples << node.weightedSamples << qint32(node.depth);
    state.writeDoubles(m_values);
}

void DecisionTree::load(QDataStream &in)
{
    StateStream state(in, family());
    state.readHeader(kStateVersion);
    DecisionTreeParams params = DecisionTreeParams::fromJson(state.readJson(QStringLiteral("hyper-parameters")));
    qint32 classCount = 0;
    qint32 featureCount = 0;
    in >> classCount >> featureCount;
    const qint64 count = state.readCount(49, QStringLiteral("tree nodes"));
    std::vector<TreeNode> nodes(static_cast<size_t>(count));
    for (TreeNode &node : nodes) {
        qint32 feature = 0, left = 0, right = 0, depth = 0;
        in >> feature >> node.threshold >> left >> right >> node.missingGoesLeft >> node.impurity >> node.samples
            >> node.weightedSamples >> depth;
        node.feature = feature;
        node.left = left;
        node.right = right;
        node.depth = depth;
    }
    state.check(QStringLiteral("tree nodes"));
    std::vector<double> values = state.readDoubles(QStringLiteral("node values"));
    const qint64 width = params.task == Task::Classification ? classCount : 1;
    bool consistent = classCount >= 0 && featureCount >= 0 && qint64(values.size()) == count * width;
    for (qint64 i = 0; i < count; ++i) {
        // Children after their parent (preorder) also rules out cycles.
        const TreeNode &node = nodes[size_t(i)];
        const bool leaf = node.left < 0 && node.right < 0 && node.feature < 0;
        const bool split = node.left > i && node.left < count && node.right > i && node.right < count
            && node.feature >= 0 && node.feature < featureCount;
        consistent = consistent && (leaf || split);
    }
    if (!consistent)
        state.fail(QStringLiteral("its nodes are inconsistent"));
    m_params = std::move(params);
    m_classCount = classCount;
    m_featureCount = featureCount;
    m_nodes = std::move(nodes);
    m_values = std::move(values);
}

} // namespace streamml::model::learners
