#include "model/learners/hoeffding_tree.h"

#include "model/core/error.h"
#include "model/learners/split_criterion_registry.h"
#include "model/learners/state_stream.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace streamml::model::learners {

namespace {

constexpr quint32 kStateVersion = 1;

double total(const std::vector<double> &weights)
{
    double sum = 0.0;
    for (double w : weights)
        sum += w;
    return sum;
}

} // namespace

HoeffdingTree::HoeffdingTree(HoeffdingTreeParams params)
    : m_params(std::move(params))
{
    m_params.validate();
}

void HoeffdingTree::reset(int featureCount)
{
    m_classCount = 0;
    m_featureCount = featureCount;
    m_rowsSeen = 0;
    m_nodes.clear();
    m_classWeights.clear();
    m_leafSlot.clear();
    m_leaves.clear();
    addLeaf(0, {}, -1);
}

void HoeffdingTree::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    checkInput(x, &y, true);
    reset(int(x.cols()));
    partialFit(x, y);
}

void HoeffdingTree::partialFit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    if (m_nodes.empty())
        reset(int(x.cols()));
    checkInput(x, &y);
    for (Eigen::Index row = 0; row < x.rows(); ++row)
        learn(x, row, int(y[row]));
}

void HoeffdingTree::learn(const Eigen::MatrixXd &x, Eigen::Index row, int classIndex)
{
    m_classCount = std::max(m_classCount, classIndex + 1);
    ++m_rowsSeen;
    int parent = -1;
    int node = 0;
    while (true) {
        std::vector<double> &weights = m_classWeights[size_t(node)];
        weights.resize(size_t(m_classCount), 0.0);
        if (m_leafSlot[size_t(node)] >= 0) {
            HoeffdingLeaf &leaf = m_leaves[size_t(m_leafSlot[size_t(node)])];
            leaf.learn(x, row, classIndex, weights, m_params.leafPrediction);
        }
        weights[size_t(classIndex)] += 1.0;
        TreeNode &current = m_nodes[size_t(node)];
        ++current.samples;
        current.weightedSamples += 1.0;
        if (parent >= 0) { // NaN rows follow the heavier child
            TreeNode &up = m_nodes[size_t(parent)];
            up.missingGoesLeft = m_nodes[size_t(up.left)].weightedSamples >= m_nodes[size_t(up.right)].weightedSamples;
        }
        if (m_leafSlot[size_t(node)] < 0) {
            parent = node;
            node = childFor(node, x(row, current.feature));
            continue;
        }
        HoeffdingLeaf &leaf = m_leaves[size_t(m_leafSlot[size_t(node)])];
        const bool deepEnough = m_params.maxDepth > 0 && current.depth >= m_params.maxDepth;
        if (!deepEnough && current.weightedSamples - leaf.weightAtLastAttempt() >= m_params.gracePeriod) {
            leaf.setWeightAtLastAttempt(current.weightedSamples);
            attemptSplit(node);
        }
        return;
    }
}

void HoeffdingTree::attemptSplit(int node)
{
    const std::vector<double> &weights = m_classWeights[size_t(node)];
    if (std::count_if(weights.begin(), weights.end(), [](double w) { return w > 0.0; }) < 2)
        return;
    const std::unique_ptr<SplitCriterion> criterion = SplitCriterionRegistry::create(m_params.criterionName());
    TargetStatistics statistics(Task::Classification, m_classCount);
    statistics.setClassWeights(weights);
    m_nodes[size_t(node)].impurity = criterion->impurity(statistics);
    std::vector<SplitSuggestion> suggestions = m_leaves[size_t(m_leafSlot[size_t(node)])].splitSuggestions(
        *criterion, weights, m_params.splitPoints, m_params.minBranchFraction);
    std::stable_sort(suggestions.begin(), suggestions.end(),
                     [](const SplitSuggestion &a, const SplitSuggestion &b) { return a.merit < b.merit; });
    const SplitSuggestion &best = suggestions.back();
    const SplitSuggestion &second = suggestions[suggestions.size() - 2];
    const double range = criterion->meritRange(m_classCount);
    const double bound = std::sqrt(range * range * std::log(1.0 / m_params.splitConfidence) / (2.0 * total(weights)));
    if (best.feature >= 0 && (best.merit - second.merit > bound || bound < m_params.tieThreshold))
        split(node, best);
}

void HoeffdingTree::split(int node, const SplitSuggestion &suggestion)
{
    const int slot = m_leafSlot[size_t(node)];
    const int depth = m_nodes[size_t(node)].depth;
    m_leafSlot[size_t(node)] = -1;
    const int left = addLeaf(depth + 1, suggestion.left, slot);
    const int right = addLeaf(depth + 1, suggestion.right, -1);
    TreeNode &n = m_nodes[size_t(node)];
    n.feature = suggestion.feature;
    n.threshold = suggestion.threshold;
    n.left = left;
    n.right = right;
    n.missingGoesLeft = m_nodes[size_t(left)].weightedSamples >= m_nodes[size_t(right)].weightedSamples;
}

int HoeffdingTree::addLeaf(int depth, std::vector<double> classWeights, int slot)
{
    TreeNode node;
    node.depth = depth;
    node.weightedSamples = total(classWeights);
    HoeffdingLeaf leaf(m_featureCount, node.weightedSamples);
    if (slot >= 0) {
        m_leaves[size_t(slot)] = std::move(leaf);
    } else {
        slot = int(m_leaves.size());
        m_leaves.push_back(std::move(leaf));
    }
    classWeights.resize(size_t(m_classCount), 0.0);
    m_nodes.push_back(node);
    m_classWeights.push_back(std::move(classWeights));
    m_leafSlot.push_back(slot);
    return int(m_nodes.size()) - 1;
}

int HoeffdingTree::childFor(int node, double value) const
{
    const TreeNode &n = m_nodes[size_t(node)];
    if (std::isnan(value))
        return n.missingGoesLeft ? n.left : n.right;
    return value <= n.threshold ? n.left : n.right;
}

int HoeffdingTree::leafOf(const Eigen::MatrixXd &x, Eigen::Index row) const
{
    int node = 0;
    while (m_leafSlot[size_t(node)] < 0)
        node = childFor(node, x(row, m_nodes[size_t(node)].feature));
    return node;
}

std::vector<double> HoeffdingTree::classDistribution(int node) const
{
    std::vector<double> weights = m_classWeights.at(size_t(node));
    weights.resize(size_t(m_classCount), 0.0);
    return weights;
}

std::vector<int> HoeffdingTree::decisionPath(const Eigen::MatrixXd &x, Eigen::Index row) const
{
    checkInput(x, nullptr);
    if (row < 0 || row >= x.rows())
        throw core::Error::input(QStringLiteral("hoeffding_tree: row %1 is outside 0..%2").arg(row).arg(x.rows() - 1));
    std::vector<int> path{0};
    while (m_leafSlot[size_t(path.back())] < 0)
        path.push_back(childFor(path.back(), x(row, m_nodes[size_t(path.back())].feature)));
    return path;
}

Eigen::VectorXd HoeffdingTree::predict(const Eigen::MatrixXd &x) const
{
    const Eigen::MatrixXd probabilities = predictProbabilities(x);
    Eigen::VectorXd result(x.rows());
    for (Eigen::Index row = 0; row < x.rows(); ++row) {
        Eigen::Index best = 0;
        for (Eigen::Index c = 1; c < probabilities.cols(); ++c)
            best = probabilities(row, c) > probabilities(row, best) ? c : best;
        result[row] = double(best);
    }
    return result;
}

Eigen::MatrixXd HoeffdingTree::predictProbabilities(const Eigen::MatrixXd &x) const
{
    checkInput(x, nullptr);
    Eigen::MatrixXd result(x.rows(), m_classCount);
    for (Eigen::Index row = 0; row < x.rows(); ++row) {
        const int node = leafOf(x, row);
        const std::vector<double> probabilities = m_leaves[size_t(m_leafSlot[size_t(node)])].probabilities(
            x, row, classDistribution(node), m_params.leafPrediction, m_params.naiveBayesThreshold);
        for (int c = 0; c < m_classCount; ++c)
            result(row, c) = probabilities[size_t(c)];
    }
    return result;
}

int HoeffdingTree::depth() const
{
    int deepest = 0;
    for (const TreeNode &node : m_nodes)
        deepest = std::max(deepest, node.depth);
    return deepest;
}

int HoeffdingTree::leafCount() const
{
    return int(std::count_if(m_leafSlot.begin(), m_leafSlot.end(), [](int slot) { return slot >= 0; }));
}

void HoeffdingTree::checkInput(const Eigen::MatrixXd &x, const Eigen::VectorXd *y, bool fromScratch) const
{
    if (!y && !isTrained())
        throw core::Error::model(QStringLiteral("hoeffding_tree: the tree is not trained yet"));
    if (!fromScratch && !m_nodes.empty() && x.cols() != m_featureCount)
        throw core::Error::input(QStringLiteral("hoeffding_tree: got %1 features, the tree was trained on %2")
                                     .arg(x.cols())
                                     .arg(m_featureCount));
    if (!y)
        return;
    if (y->size() != x.rows())
        throw core::Error::input(QStringLiteral("hoeffding_tree: %1 rows but %2 targets").arg(x.rows()).arg(y->size()));
    for (Eigen::Index row = 0; row < y->size(); ++row) {
        const double target = (*y)[row];
        if (!(target >= 0 && target == std::floor(target) && target < 1e6))
            throw core::Error::input(
                QStringLiteral("hoeffding_tree: target %1 of row %2 is not a class index").arg(target).arg(row));
    }
}

QJsonObject HoeffdingTree::describe() const
{
    return QJsonObject{
        {QStringLiteral("family"), family()},
        {QStringLiteral("task"), taskName(task())},
        {QStringLiteral("trained"), isTrained()},
        {QStringLiteral("features"), m_featureCount},
        {QStringLiteral("classes"), m_classCount},
        {QStringLiteral("rows_seen"), double(m_rowsSeen)},
        {QStringLiteral("nodes"), int(m_nodes.size())},
        {QStringLiteral("depth"), depth()},
        {QStringLiteral("leaves"), leafCount()},
    };
}

std::unique_ptr<Learner> HoeffdingTree::clone() const
{
    return std::make_unique<HoeffdingTree>(*this);
}

void HoeffdingTree::save(QDataStream &out) const
{
    StateStream state(out, family());
    state.writeHeader(kStateVersion);
    state.writeJson(m_params.toJson());
    out << qint32(m_classCount) << qint32(m_featureCount) << m_rowsSeen << qint64(m_nodes.size());
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const TreeNode &node = m_nodes[i];
        out << qint32(node.feature) << node.threshold << qint32(node.left) << qint32(node.right)
            << node.missingGoesLeft << node.impurity << node.samples << node.weightedSamples << qint32(node.depth)
            << qint32(m_leafSlot[i]);
        state.writeDoubles(m_classWeights[i]);
    }
    out << qint64(m_leaves.size());
    for (const HoeffdingLeaf &leaf : m_leaves)
        leaf.save(out);
}

void HoeffdingTree::load(QDataStream &in)
{
    StateStream state(in, family());
    state.readHeader(kStateVersion);
    HoeffdingTree loaded(HoeffdingTreeParams::fromJson(state.readJson(QStringLiteral("hyper-parameters"))));
    qint32 classCount = 0;
    qint32 featureCount = 0;
    in >> classCount >> featureCount >> loaded.m_rowsSeen;
    state.check(QStringLiteral("sizes"));
    if (classCount < 0 || featureCount < 0)
        state.fail(QStringLiteral("its sizes are negative"));
    loaded.m_classCount = classCount;
    loaded.m_featureCount = featureCount;
    const qint64 count = state.readCount(53, QStringLiteral("tree nodes"));
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        TreeNode node;
        qint32 feature = 0, left = 0, right = 0, depth = 0, slot = 0;
        in >> feature >> node.threshold >> left >> right >> node.missingGoesLeft >> node.impurity >> node.samples
            >> node.weightedSamples >> depth >> slot;
        node.feature = feature;
        node.left = left;
        node.right = right;
        node.depth = depth;
        loaded.m_nodes.push_back(node);
        loaded.m_leafSlot.push_back(slot);
        loaded.m_classWeights.push_back(state.readDoubles(QStringLiteral("class weights")));
    }
    const qint64 leaves = state.readCount(36, QStringLiteral("leaves"));
    for (qint64 i = 0; i < leaves && in.status() == QDataStream::Ok; ++i) {
        loaded.m_leaves.emplace_back(featureCount, 0.0);
        loaded.m_leaves.back().load(in, classCount);
    }
    state.check(QStringLiteral("leaves"));
    bool consistent = count > 0;
    for (qint64 i = 0; i < count && consistent; ++i) {
        const TreeNode &node = loaded.m_nodes[size_t(i)];
        const int slot = loaded.m_leafSlot[size_t(i)];
        const bool leaf = slot >= 0 && slot < leaves;
        const bool split = slot == -1 && node.left > i && node.left < count && node.right > i && node.right < count
            && node.feature >= 0 && node.feature < featureCount;
        consistent = (leaf || split) && qint64(loaded.m_classWeights[size_t(i)].size()) <= classCount;
    }
    if (!consistent)
        state.fail(QStringLiteral("its nodes are inconsistent"));
    *this = std::move(loaded);
}

} // namespace streamml::model::learners
