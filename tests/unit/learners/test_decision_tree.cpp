#include "model/core/error.h"
#include "model/learners/decision_tree.h"
#include "model/learners/value_order.h"
#include "tests/unit/learners/tree_knn_fixtures.h"

#include <QBuffer>
#include <QJsonArray>
#include <QtTest>
#include <array>
#include <cmath>
#include <limits>
#include <random>

using streamml::model::core::Error;
using streamml::model::learners::DecisionTree;
using streamml::model::learners::DecisionTreeParams;
using streamml::model::learners::Task;
using streamml::model::learners::ValueOrder;
using streamml::tests::TreeKnnFixtures;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool close(double a, double b, double tolerance = 1e-12)
{
    return std::fabs(a - b) <= tolerance * std::max(1.0, std::max(std::fabs(a), std::fabs(b)));
}

DecisionTree fittedFromFixture(const QJsonObject &entry, const QJsonObject &data)
{
    QJsonObject json = entry.value(QStringLiteral("params")).toObject();
    json.insert(QStringLiteral("task"), data.value(QStringLiteral("task")));
    DecisionTree tree(DecisionTreeParams::fromJson(json));
    tree.fit(TreeKnnFixtures::matrix(data.value(QStringLiteral("x_train")).toArray()),
             TreeKnnFixtures::vector(data.value(QStringLiteral("y_train")).toArray()));
    return tree;
}

/// Two Gaussian blobs per class on a few features, plus a noise feature.
void blobs(int rows, unsigned seed, Eigen::MatrixXd &x, Eigen::VectorXd &y)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> normal;
    x.resize(rows, 3);
    y.resize(rows);
    for (int r = 0; r < rows; ++r) {
        y[r] = r % 2;
        x(r, 0) = normal(random) + 2.0 * y[r];
        x(r, 1) = normal(random) - 1.5 * y[r];
        x(r, 2) = normal(random);
    }
}

QByteArray saved(const DecisionTree &tree)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    tree.save(out);
    return bytes;
}

} // namespace

/// Checks the CART tree against scikit-learn 1.2 and its own streaming, missing-value and storage behaviour.
class TestDecisionTree : public QObject
{
    Q_OBJECT

private slots:
    void sameTreeAsScikitLearn_data();
    void sameTreeAsScikitLearn();
    void missingValuesFollowTheLearnedSide();
    void missingValuesUnseenInTrainingGoToTheLargerChild();
    void decisionPathEndsAtTheLeaf();
    void partialFitRefreshesLeavesWithoutRegrowing();
    void partialFitUpdatesRegressionMeans();
    void saveAndLoadGiveIdenticalPredictions();
    void truncatedStateIsRefused();
    void parametersRoundTripAndNameBadKeys();
    void describeReportsDepthAndLeaves();
    void fitStartsOverWithOtherFeatures();
    void valueOrderSortsAsValueRowPairs();
    void everyNodeHoldsTheRowsRoutedThroughIt();
};

void TestDecisionTree::sameTreeAsScikitLearn_data()
{
    QTest::addColumn<int>("index");
    const QJsonArray trees = TreeKnnFixtures::load(QStringLiteral("trees")).toArray();
    for (int i = 0; i < trees.size(); ++i) {
        const QJsonObject entry = trees.at(i).toObject();
        const QByteArray name = entry.value(QStringLiteral("dataset")).toString().toUtf8() + ' '
            + QJsonDocument(entry.value(QStringLiteral("params")).toObject()).toJson(QJsonDocument::Compact);
        QTest::newRow(name.constData()) << i;
    }
}

void TestDecisionTree::sameTreeAsScikitLearn()
{
    QFETCH(int, index);
    const QJsonObject entry = TreeKnnFixtures::load(QStringLiteral("trees")).toArray().at(index).toObject();
    const QJsonObject data = TreeKnnFixtures::dataset(entry.value(QStringLiteral("dataset")).toString());
    const bool classification = data.value(QStringLiteral("task")).toString() == QStringLiteral("classification");
    const DecisionTree tree = fittedFromFixture(entry, data);

    const QJsonObject expected = entry.value(QStringLiteral("tree")).toObject();
    const QJsonArray features = expected.value(QStringLiteral("feature")).toArray();
    QCOMPARE(int(tree.nodes().size()), int(features.size()));
    for (int i = 0; i < features.size(); ++i) {
        const auto &node = tree.nodes()[size_t(i)];
        QVERIFY2(node.feature == features.at(i).toInt(), qPrintable(QStringLiteral("node %1").arg(i)));
        QCOMPARE(node.left, expected.value(QStringLiteral("left")).toArray().at(i).toInt());
        QCOMPARE(node.right, expected.value(QStringLiteral("right")).toArray().at(i).toInt());
        QCOMPARE(node.samples, qint64(expected.value(QStringLiteral("samples")).toArray().at(i).toInt()));
        if (!node.isLeaf())
            QVERIFY(close(node.threshold, expected.value(QStringLiteral("threshold")).toArray().at(i).toDouble()));
        QVERIFY(close(node.impurity, expected.value(QStringLiteral("impurity")).toArray().at(i).toDouble()));
        const QJsonValue value = expected.value(QStringLiteral("value")).toArray().at(i);
        const auto mine = tree.nodeValue(i);
        if (classification) {
            for (int c = 0; c < value.toArray().size(); ++c)
                QCOMPARE(mine[size_t(c)], value.toArray().at(c).toDouble());
        } else {
            QVERIFY(close(mine[0], value.toDouble()));
        }
    }
    QCOMPARE(tree.depth(), entry.value(QStringLiteral("depth")).toInt());
    QCOMPARE(tree.leafCount(), entry.value(QStringLiteral("leaves")).toInt());

    const Eigen::MatrixXd test = TreeKnnFixtures::matrix(data.value(QStringLiteral("x_test")).toArray());
    const Eigen::VectorXd predicted = tree.predict(test);
    const QJsonArray expectedPredictions = entry.value(QStringLiteral("predict")).toArray();
    for (int r = 0; r < expectedPredictions.size(); ++r) {
        if (classification)
            QCOMPARE(predicted[r], expectedPredictions.at(r).toDouble());
        else
            QVERIFY(close(predicted[r], expectedPredictions.at(r).toDouble()));
    }
    if (classification) {
        const Eigen::MatrixXd probabilities = tree.predictProbabilities(test);
        const QJsonArray expectedProbabilities = entry.value(QStringLiteral("proba")).toArray();
        for (int r = 0; r < expectedProbabilities.size(); ++r)
            for (int c = 0; c < probabilities.cols(); ++c)
                QCOMPARE(probabilities(r, c), expectedProbabilities.at(r).toArray().at(c).toDouble());
    }
}

void TestDecisionTree::missingValuesFollowTheLearnedSide()
{
    // Feature 0 separates the classes; NaN rows belong to class 1 in one case and to class 0 in the other.
    for (int nanClass : {1, 0}) {
        Eigen::MatrixXd x(120, 1);
        Eigen::VectorXd y(120);
        for (int r = 0; r < 100; ++r) {
            x(r, 0) = r < 50 ? r * 0.01 : 1.0 + r * 0.01;
            y[r] = r < 50 ? 0 : 1;
        }
        for (int r = 100; r < 120; ++r) {
            x(r, 0) = kNaN;
            y[r] = nanClass;
        }
        DecisionTree tree(DecisionTreeParams::fromJson({{QStringLiteral("max_depth"), 1}}));
        tree.fit(x, y);
        const auto &root = tree.nodes()[0];
        QCOMPARE(root.feature, 0);
        QCOMPARE(root.missingGoesLeft, nanClass == 0);
        QCOMPARE(tree.nodes()[size_t(root.missingGoesLeft ? root.left : root.right)].samples, qint64(70));
        Eigen::MatrixXd query(1, 1);
        query(0, 0) = kNaN;
        QCOMPARE(tree.predict(query)[0], double(nanClass));
        QCOMPARE(tree.decisionPath(query, 0).back(), root.missingGoesLeft ? root.left : root.right);
    }
}

void TestDecisionTree::missingValuesUnseenInTrainingGoToTheLargerChild()
{
    Eigen::MatrixXd x(30, 1);
    Eigen::VectorXd y(30);
    for (int r = 0; r < 30; ++r) {
        x(r, 0) = r;
        y[r] = r < 20 ? 0 : 1;
    }
    DecisionTree tree;
    tree.fit(x, y);
    QVERIFY(tree.nodes()[0].missingGoesLeft);
    Eigen::MatrixXd query(1, 1);
    query(0, 0) = kNaN;
    QCOMPARE(tree.predict(query)[0], 0.0);
}

void TestDecisionTree::decisionPathEndsAtTheLeaf()
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    blobs(400, 3, x, y);
    DecisionTree tree(DecisionTreeParams::fromJson({{QStringLiteral("max_depth"), 4}}));
    tree.fit(x, y);
    const Eigen::VectorXi leaves = tree.apply(x);
    for (Eigen::Index r = 0; r < x.rows(); r += 37) {
        const std::vector<int> path = tree.decisionPath(x, r);
        QCOMPARE(path.front(), 0);
        QCOMPARE(path.back(), leaves[r]);
        for (size_t i = 1; i < path.size(); ++i) {
            const auto &parent = tree.nodes()[size_t(path[i - 1])];
            QCOMPARE(path[i], x(r, parent.feature) <= parent.threshold ? parent.left : parent.right);
        }
    }
}

void TestDecisionTree::partialFitRefreshesLeavesWithoutRegrowing()
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    blobs(300, 5, x, y);
    DecisionTree tree(DecisionTreeParams::fromJson({{QStringLiteral("max_depth"), 3}}));
    tree.fit(x, y);
    const auto before = tree.nodes();
    Eigen::MatrixXd more;
    Eigen::VectorXd moreY;
    blobs(100, 6, more, moreY);
    const Eigen::VectorXi leaves = tree.apply(more);
    std::vector<double> expectedCounts;
    for (size_t n = 0; n < before.size(); ++n)
        for (double v : tree.nodeValue(int(n)))
            expectedCounts.push_back(v);
    for (Eigen::Index r = 0; r < more.rows(); ++r)
        expectedCounts[size_t(leaves[r]) * 2 + size_t(moreY[r])] += 1.0;
    tree.partialFit(more, moreY);

    QCOMPARE(tree.nodes().size(), before.size());
    QCOMPARE(tree.nodes()[0].samples, qint64(400));
    for (size_t n = 0; n < before.size(); ++n) {
        QCOMPARE(tree.nodes()[n].feature, before[n].feature);
        QCOMPARE(tree.nodes()[n].threshold, before[n].threshold);
        if (tree.nodes()[n].isLeaf()) {
            QCOMPARE(tree.nodeValue(int(n))[0], expectedCounts[n * 2]);
            QCOMPARE(tree.nodeValue(int(n))[1], expectedCounts[n * 2 + 1]);
            const double total = expectedCounts[n * 2] + expectedCounts[n * 2 + 1];
            const double p = expectedCounts[n * 2] / total;
            QVERIFY(close(tree.nodes()[n].impurity, 1.0 - p * p - (1 - p) * (1 - p)));
        }
    }
    // A class never seen before widens the distributions.
    Eigen::VectorXd newClass = Eigen::VectorXd::Constant(1, 2.0);
    tree.partialFit(more.topRows(1), newClass);
    QCOMPARE(tree.classCount(), 3);
    QCOMPARE(tree.nodeValue(0)[2], 1.0);
}

void TestDecisionTree::partialFitUpdatesRegressionMeans()
{
    Eigen::MatrixXd x(40, 1);
    Eigen::VectorXd y(40);
    for (int r = 0; r < 40; ++r) {
        x(r, 0) = r;
        y[r] = r < 20 ? 1.0 : 5.0;
    }
    DecisionTree tree(DecisionTreeParams::fromJson({{QStringLiteral("task"), QStringLiteral("regression")},
                                                    {QStringLiteral("max_depth"), 1}}));
    tree.fit(x, y);
    Eigen::MatrixXd more(2, 1);
    more << 3.0, 4.0;
    Eigen::VectorXd moreY(2);
    moreY << 2.0, 4.0;
    tree.partialFit(more, moreY);
    const int left = tree.nodes()[0].left;
    QCOMPARE(tree.nodes()[size_t(left)].samples, qint64(22));
    QVERIFY(close(tree.nodeValue(left)[0], (20.0 + 6.0) / 22.0));
    const double mean = 26.0 / 22.0;
    const double variance = (20.0 * 1.0 + 4.0 + 16.0) / 22.0 - mean * mean;
    QVERIFY(close(tree.nodes()[size_t(left)].impurity, variance));
    QVERIFY(close(tree.predict(more)[0], mean));
}

void TestDecisionTree::saveAndLoadGiveIdenticalPredictions()
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    blobs(500, 7, x, y);
    x(3, 1) = kNaN;
    DecisionTree tree(DecisionTreeParams::fromJson({{QStringLiteral("criterion"), QStringLiteral("entropy")},
                                                    {QStringLiteral("ccp_alpha"), 0.001}}));
    tree.fit(x, y);
    const QByteArray bytes = saved(tree);
    DecisionTree loaded;
    QDataStream in(bytes);
    loaded.load(in);
    QCOMPARE(loaded.hyperparameters(), tree.hyperparameters());
    QCOMPARE(loaded.predict(x), tree.predict(x));
    QCOMPARE(loaded.predictProbabilities(x), tree.predictProbabilities(x));
    QCOMPARE(loaded.describe(), tree.describe());
    const auto copy = tree.clone();
    QCOMPARE(copy->predict(x), tree.predict(x));
}

void TestDecisionTree::truncatedStateIsRefused()
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    blobs(200, 8, x, y);
    DecisionTree tree;
    tree.fit(x, y);
    const QByteArray bytes = saved(tree);
    for (qsizetype length : {qsizetype(0), qsizetype(3), bytes.size() / 2, bytes.size() - 1}) {
        QDataStream in(bytes.left(length));
        DecisionTree loaded;
        QVERIFY_THROWS_EXCEPTION(Error, loaded.load(in));
        QVERIFY(!loaded.isTrained());
    }
}

void TestDecisionTree::parametersRoundTripAndNameBadKeys()
{
    DecisionTreeParams params;
    params.task = Task::Regression;
    params.maxDepth = 7;
    params.minSamplesLeaf = 4;
    params.ccpAlpha = 0.25;
    const DecisionTreeParams back = DecisionTreeParams::fromJson(params.toJson());
    QCOMPARE(back.toJson(), params.toJson());
    QCOMPARE(back.effectiveCriterion(), QStringLiteral("squared_error"));

    const auto messageFor = [](const QJsonObject &json) {
        try {
            DecisionTreeParams::fromJson(json);
        } catch (const Error &error) {
            return error.message();
        }
        return QString();
    };
    const QString depth = messageFor({{QStringLiteral("max_depth"), -1}});
    QVERIFY2(depth.contains(QStringLiteral("max_depth")) && depth.contains(QStringLiteral("0..1000")), qPrintable(depth));
    const QString criterion = messageFor({{QStringLiteral("criterion"), QStringLiteral("squared_error")}});
    QVERIFY2(criterion.contains(QStringLiteral("gini, entropy")), qPrintable(criterion));
    const QString unknown = messageFor({{QStringLiteral("max_leaf_nodes"), 3}});
    QVERIFY2(unknown.contains(QStringLiteral("max_leaf_nodes")), qPrintable(unknown));
}

void TestDecisionTree::describeReportsDepthAndLeaves()
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    blobs(300, 9, x, y);
    DecisionTree tree(DecisionTreeParams::fromJson({{QStringLiteral("max_depth"), 2}}));
    tree.fit(x, y);
    const QJsonObject summary = tree.describe();
    QCOMPARE(summary.value(QStringLiteral("depth")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("leaves")).toInt(), tree.leafCount());
    QCOMPARE(summary.value(QStringLiteral("nodes")).toInt(), int(tree.nodes().size()));
}

void TestDecisionTree::fitStartsOverWithOtherFeatures()
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    blobs(200, 10, x, y);
    DecisionTree tree;
    tree.fit(x, y);
    QVERIFY_THROWS_EXCEPTION(Error, tree.partialFit(x.leftCols(2), y));
    QVERIFY_THROWS_EXCEPTION(Error, tree.predict(x.leftCols(2)));
    tree.fit(x.leftCols(2), y);
    QCOMPARE(tree.featureCount(), 2);
    QCOMPARE(tree.predict(x.leftCols(2)).size(), x.rows());
}

void TestDecisionTree::valueOrderSortsAsValueRowPairs()
{
    // Repeated values, both signs, both zeros, huge, tiny and infinite values: the root ordering must be
    // that of sorting (value, row) pairs, which scikit-learn's split search sees.
    std::mt19937 random(7);
    const std::vector<double> pool{0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 1e300, -1e300, 5e-324, -5e-324, 3.0, 1e-7,
                                   std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    std::uniform_int_distribution<size_t> pick(0, pool.size() - 1);
    std::normal_distribution<double> normal(0.0, 1e6);
    for (int round = 0; round < 20; ++round) {
        const int count = 1 + round * 97;
        std::vector<double> values(static_cast<size_t>(count));
        std::vector<int> rows(static_cast<size_t>(count));
        std::vector<std::pair<double, int>> pairs;
        for (int i = 0; i < count; ++i) {
            values[size_t(i)] = round % 2 ? normal(random) : pool[pick(random)];
            rows[size_t(i)] = 3 * i + 1;
            pairs.emplace_back(values[size_t(i)], rows[size_t(i)]);
        }
        std::sort(pairs.begin(), pairs.end());
        std::vector<int> order(static_cast<size_t>(count));
        ValueOrder().sort(values.data(), rows.data(), count, order.data());
        for (int i = 0; i < count; ++i)
            QVERIFY2(order[size_t(i)] == pairs[size_t(i)].second, qPrintable(QStringLiteral("round %1, place %2").arg(round).arg(i)));
    }
}

void TestDecisionTree::everyNodeHoldsTheRowsRoutedThroughIt()
{
    // Feature 0 decides the first split and is constant below it; the others carry NaN. The rows each
    // node counts and their classes must be those that the grown tree routes through the node.
    std::mt19937 random(11);
    std::normal_distribution<double> normal;
    std::bernoulli_distribution coin(0.5);
    std::bernoulli_distribution rare(0.1);
    const int rows = 600;
    Eigen::MatrixXd x(rows, 4);
    Eigen::VectorXd y(rows);
    for (int r = 0; r < rows; ++r) {
        x(r, 0) = coin(random) ? 1.0 : 0.0;
        for (int c = 1; c < 4; ++c)
            x(r, c) = rare(random) ? kNaN : normal(random);
        y[r] = x(r, 0) > 0.5 ? double(x(r, 1) + 0.3 * normal(random) > -1.0) : double(rare(random));
    }
    DecisionTree tree(DecisionTreeParams::fromJson({{QStringLiteral("max_depth"), 6}}));
    tree.fit(x, y);
    QCOMPARE(tree.nodes()[0].feature, 0);
    std::vector<qint64> samples(tree.nodes().size(), 0);
    std::vector<std::array<double, 2>> classes(tree.nodes().size(), {0.0, 0.0});
    for (int r = 0; r < rows; ++r) {
        for (int node : tree.decisionPath(x, r)) {
            ++samples[size_t(node)];
            classes[size_t(node)][size_t(y[r])] += 1.0;
        }
    }
    const Eigen::VectorXi leaves = tree.apply(x);
    for (size_t node = 0; node < tree.nodes().size(); ++node) {
        QCOMPARE(tree.nodes()[node].samples, samples[node]);
        QCOMPARE(tree.nodeValue(int(node))[0], classes[node][0]);
        QCOMPARE(tree.nodeValue(int(node))[1], classes[node][1]);
    }
    for (int r = 0; r < rows; ++r)
        QCOMPARE(leaves[r], tree.decisionPath(x, r).back());
}

QTEST_GUILESS_MAIN(TestDecisionTree)
#include "test_decision_tree.moc"
