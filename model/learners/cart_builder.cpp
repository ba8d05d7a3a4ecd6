#include "model/learners/cart_builder.h"

#include "model/learners/value_order.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace streamml::model::learners {

namespace {

// scikit-learn treats values closer than this as equal and never splits between them.
constexpr double kFeatureThreshold = 1e-7;
constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

} // namespace

CartBuilder::CartBuilder(const SplitCriterion &criterion, const Limits &limits)
    : m_criterion(criterion)
    , m_limits(limits)
    , m_random(limits.randomState)
{
    // As scikit-learn: a node must be able to give min_samples_leaf rows to each child.
    m_limits.minSamplesSplit = std::max(m_limits.minSamplesSplit, 2 * m_limits.minSamplesLeaf);
    if (m_limits.maxDepth <= 0)
        m_limits.maxDepth = std::numeric_limits<int>::max();
}

void CartBuilder::build(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, int classCount,
                        std::vector<TreeNode> &nodes, std::vector<double> &values)
{
    m_x = &x;
    m_y = &y;
    m_rows = x.rows();
    m_features = int(x.cols());
    const Task task = m_criterion.task();
    for (TargetStatistics *s : {&m_node, &m_missing, &m_nonMissing, &m_left, &m_candidateLeft, &m_candidateRight,
                                &m_bestLeft, &m_bestRight})
        *s = TargetStatistics(task, classCount);
    m_scratch.assign(size_t(m_rows), 0);
    m_samples.resize(size_t(m_rows));
    std::iota(m_samples.begin(), m_samples.end(), 0);
    m_goesLeft.assign(size_t(m_rows), 0);
    m_values.assign(size_t(m_rows), 0.0);
    m_targets.assign(size_t(m_rows), 0.0);
    m_featureOrder.resize(size_t(m_features));
    std::iota(m_featureOrder.begin(), m_featureOrder.end(), 0);
    m_constantFeatures.assign(size_t(m_features), 0);
    sortFeatures();

    nodes.clear();
    values.clear();
    std::vector<Pending> stack;
    stack.reserve(64);
    stack.push_back(Pending{0, m_rows, 0, -1, false, 0.0, 0});
    bool root = true;
    while (!stack.empty()) {
        Pending node = stack.back();
        stack.pop_back();
        computeNodeStatistics(node);
        const double impurity = root ? m_criterion.impurity(m_node) : node.impurity;
        root = false;
        bool leaf = !mayGrow(node) || impurity <= kEpsilon;
        Split split;
        if (!leaf) {
            split = findSplit(node, impurity);
            leaf = split.feature < 0 || split.improvement + kEpsilon < m_limits.minImpurityDecrease;
        }
        const int id = addNode(node, impurity, leaf ? nullptr : &split, nodes, values);
        if (leaf)
            continue;
        const qint64 middle = node.start + split.leftCount;
        // Right first, so the left child is grown next: scikit-learn's depth-first order.
        const Pending right{middle, node.end, node.depth + 1, id, false, split.rightImpurity, node.constantFeatures};
        const Pending left{node.start, middle, node.depth + 1, id, true, split.leftImpurity, node.constantFeatures};
        partition(node, split, mayGrow(left) || mayGrow(right));
        stack.push_back(right);
        stack.push_back(left);
    }
}

bool CartBuilder::mayGrow(const Pending &node) const
{
    const qint64 count = node.end - node.start;
    return node.depth < m_limits.maxDepth && count >= m_limits.minSamplesSplit && count >= 2 * m_limits.minSamplesLeaf
        && (node.parent < 0 || node.impurity > kEpsilon);
}

void CartBuilder::sortFeatures()
{
    m_order.resize(size_t(m_rows) * size_t(m_features));
    std::vector<double> present(static_cast<size_t>(m_rows));
    std::vector<int> presentRows(static_cast<size_t>(m_rows));
    ValueOrder sorter;
    for (int f = 0; f < m_features; ++f) {
        const double *column = m_x->col(f).data();
        int *order = m_order.data() + qint64(f) * m_rows;
        qint64 kept = 0;
        qint64 missing = 0;
        for (qint64 row = 0; row < m_rows; ++row) {
            if (std::isnan(column[row])) {
                m_scratch[size_t(missing++)] = int(row);
            } else {
                present[size_t(kept)] = column[row];
                presentRows[size_t(kept++)] = int(row);
            }
        }
        sorter.sort(present.data(), presentRows.data(), kept, order);
        std::copy(m_scratch.begin(), m_scratch.begin() + missing, order + kept);
    }
}

void CartBuilder::computeNodeStatistics(const Pending &node)
{
    m_node.clear();
    const Eigen::VectorXd &y = *m_y;
    for (qint64 p = node.start; p < node.end; ++p)
        m_node.add(y[m_samples[size_t(p)]]);
}

CartBuilder::Split CartBuilder::findSplit(Pending &node, double impurity)
{
    // scikit-learn's Fisher-Yates draw over features, skipping those known or found to be constant.
    Split best;
    const qint64 features = m_features;
    qint64 remaining = features;
    qint64 visited = 0;
    qint64 found = 0;
    qint64 drawn = 0;
    const qint64 known = node.constantFeatures;
    qint64 total = known;
    while (remaining > total && (visited < features || visited <= found + drawn)) {
        ++visited;
        qint64 j = m_random.uniform(drawn, remaining - found);
        if (j < known) {
            std::swap(m_featureOrder[size_t(drawn)], m_featureOrder[size_t(j)]);
            ++drawn;
            continue;
        }
        j += found;
        const int feature = int(m_featureOrder[size_t(j)]);
        if (evaluateFeature(feature, node, best)) {
            --remaining;
            std::swap(m_featureOrder[size_t(remaining)], m_featureOrder[size_t(j)]);
        } else {
            std::swap(m_featureOrder[size_t(j)], m_featureOrder[size_t(total)]);
            ++found;
            ++total;
        }
    }
    std::copy_n(m_constantFeatures.begin(), known, m_featureOrder.begin());
    std::copy_n(m_featureOrder.begin() + known, found, m_constantFeatures.begin() + known);
    node.constantFeatures = total;

    if (best.feature >= 0) {
        best.leftImpurity = m_criterion.impurity(m_bestLeft);
        best.rightImpurity = m_criterion.impurity(m_bestRight);
        best.improvement = SplitCriterion::impurityDecrease(double(m_rows), m_node.weight(), impurity,
                                                            m_bestLeft.weight(), best.leftImpurity,
                                                            m_bestRight.weight(), best.rightImpurity);
        if (best.missing == 0) // no NaN seen here: send future NaN to the larger child, as scikit-learn 1.3
            best.missingGoesLeft = best.leftCount > (node.end - node.start) - best.leftCount;
    }
    return best;
}

bool CartBuilder::evaluateFeature(int feature, const Pending &node, Split &best)
{
    m_lastSorted = feature;
    const qint64 count = node.end - node.start;
    const int *rows = m_order.data() + qint64(feature) * m_rows + node.start;
    const double *column = m_x->col(feature).data();
    for (qint64 i = 0; i < count; ++i)
        m_values[size_t(i)] = column[rows[i]];
    qint64 nonMissing = count;
    while (nonMissing > 0 && std::isnan(m_values[size_t(nonMissing - 1)]))
        --nonMissing;
    if (nonMissing == 0 || m_values[size_t(nonMissing - 1)] <= m_values[0] + kFeatureThreshold)
        return false;

    const Eigen::VectorXd &y = *m_y;
    for (qint64 i = 0; i < count; ++i)
        m_targets[size_t(i)] = y[rows[i]];
    m_missing.clear();
    for (qint64 i = nonMissing; i < count; ++i)
        m_missing.add(m_targets[size_t(i)]);
    m_nonMissing.setDifference(m_node, m_missing);

    sweep(feature, count, nonMissing, false, best);
    const qint64 missing = count - nonMissing;
    if (missing == 0)
        return true;
    sweep(feature, count, nonMissing, true, best);
    // Last candidate: every non-missing row left, every NaN right.
    if (nonMissing >= m_limits.minSamplesLeaf && missing >= m_limits.minSamplesLeaf) {
        const Split candidate{feature, nonMissing, std::numeric_limits<double>::infinity(), false, missing};
        consider(m_nonMissing, m_missing, candidate, best);
    }
    return true;
}

void CartBuilder::sweep(int feature, qint64 count, qint64 nonMissing, bool missingLeft, Split &best)
{
    const qint64 missing = count - nonMissing;
    const qint64 minLeaf = m_limits.minSamplesLeaf;
    m_left.clear();
    qint64 added = 0;
    for (qint64 p = 0; p + 1 < nonMissing; ++p) {
        const double value = m_values[size_t(p)];
        const double next = m_values[size_t(p + 1)];
        if (next <= value + kFeatureThreshold)
            continue;
        // Rows up to p join the left side in one run.
        m_left.addRange(m_targets.data() + added, p + 1 - added);
        added = p + 1;
        const qint64 leftCount = p + 1 + (missingLeft ? missing : 0);
        if (leftCount < minLeaf || count - leftCount < minLeaf)
            continue;
        // Midpoint as scikit-learn computes it (sum of halves cannot overflow).
        double threshold = value / 2.0 + next / 2.0;
        if (threshold == next || std::isinf(threshold))
            threshold = value;
        const Split candidate{feature, leftCount, threshold, missingLeft, missing};
        if (missingLeft) {
            m_candidateLeft.setSum(m_left, m_missing);
            m_candidateRight.setDifference(m_nonMissing, m_left);
            consider(m_candidateLeft, m_candidateRight, candidate, best);
        } else {
            m_candidateRight.setDifference(m_node, m_left);
            consider(m_left, m_candidateRight, candidate, best);
        }
    }
}

void CartBuilder::consider(const TargetStatistics &left, const TargetStatistics &right, const Split &candidate,
                           Split &best)
{
    const double proxy = m_criterion.proxyImprovement(left, right);
    if (!(proxy > best.proxy))
        return;
    best = candidate;
    best.proxy = proxy;
    m_bestLeft = left;
    m_bestRight = right;
}

void CartBuilder::partition(const Pending &node, const Split &split, bool childrenGrow)
{
    const double *column = m_x->col(split.feature).data();
    for (qint64 p = node.start; p < node.end; ++p) {
        const int row = m_samples[size_t(p)];
        const double value = column[row];
        m_goesLeft[size_t(row)] = std::isnan(value) ? split.missingGoesLeft : value <= split.threshold;
    }
    const qint64 count = node.end - node.start;
    partitionSamples(node);
    if (!childrenGrow)
        return;
    // The node's constant features are never searched below it: their orderings may stay as they are.
    // Right after findSplit(), m_featureOrder lists those constants first and the searched features after.
    for (qint64 k = node.constantFeatures; k < m_features; ++k) {
        const qint64 f = m_featureOrder[size_t(k)];
        int *rows = m_order.data() + qint64(f) * m_rows + node.start;
        qint64 left = 0;
        qint64 right = 0;
        // Without branches: the side is a coin flip to the processor.
        for (qint64 i = 0; i < count; ++i) {
            const int row = rows[i];
            const qint64 goesLeft = m_goesLeft[size_t(row)];
            rows[left] = row;
            m_scratch[size_t(right)] = row;
            left += goesLeft;
            right += 1 - goesLeft;
        }
        std::copy_n(m_scratch.begin(), right, rows + left);
    }
}

void CartBuilder::partitionSamples(const Pending &node)
{
    // scikit-learn leaves the rows sorted by the last feature it looked at, then swaps the right-going
    // ones to the end; the children sum their targets in that order.
    int *samples = m_samples.data() + node.start;
    std::copy_n(m_order.data() + qint64(m_lastSorted) * m_rows + node.start, node.end - node.start, samples);
    qint64 p = 0;
    qint64 end = node.end - node.start;
    while (p < end) {
        if (m_goesLeft[size_t(samples[p])])
            ++p;
        else
            std::swap(samples[p], samples[--end]);
    }
}

int CartBuilder::addNode(const Pending &node, double impurity, const Split *split, std::vector<TreeNode> &nodes,
                         std::vector<double> &values) const
{
    TreeNode tree;
    tree.impurity = impurity;
    tree.samples = node.end - node.start;
    tree.weightedSamples = m_node.weight();
    tree.depth = node.depth;
    if (split) {
        tree.feature = split->feature;
        tree.threshold = split->threshold;
        tree.missingGoesLeft = split->missingGoesLeft;
    }
    const int id = int(nodes.size());
    nodes.push_back(tree);
    if (node.parent >= 0)
        (node.isLeft ? nodes[size_t(node.parent)].left : nodes[size_t(node.parent)].right) = id;
    if (m_criterion.task() == Task::Classification) {
        for (int c = 0; c < m_node.classCount(); ++c)
            values.push_back(m_node.classWeight(c));
    } else {
        values.push_back(m_node.sum() / m_node.weight());
    }
    return id;
}

} // namespace streamml::model::learners
