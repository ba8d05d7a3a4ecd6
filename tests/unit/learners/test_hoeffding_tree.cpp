#include "model/core/error.h"
#include "model/learners/decision_tree.h"
#include "model/learners/hoeffding_tree.h"

#include <QBuffer>
#include <QtTest>
#include <cmath>
#include <random>

using streamml::model::core::Error;
using streamml::model::learners::DecisionTree;
using streamml::model::learners::DecisionTreeParams;
using streamml::model::learners::HoeffdingLeaf;
using streamml::model::learners::HoeffdingTree;
using streamml::model::learners::HoeffdingTreeParams;

namespace {

/// A stationary concept: three classes decided by thresholds on three of four Gaussian features, 5% label noise.
void stationaryConcept(int rows, unsigned seed, Eigen::MatrixXd &x, Eigen::VectorXd &y)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    x.resize(rows, 4);
    y.resize(rows);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < 4; ++c)
            x(r, c) = normal(random);
        const int label = x(r, 0) < -0.5 ? 0 : (x(r, 1) > 0.2 ? 1 : (x(r, 2) > 0.0 ? 2 : 0));
        y[r] = uniform(random) < 0.05 ? std::floor(uniform(random) * 3.0) : label;
    }
}

double accuracy(const Eigen::VectorXd &predicted, const Eigen::VectorXd &truth)
{
    return double((predicted.array() == truth.array()).count()) / double(truth.size());
}

QByteArray saved(const HoeffdingTree &tree)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    tree.save(out);
    return bytes;
}

} // namespace

/// Checks the Hoeffding tree's growth rules, accuracy on a stationary stream, missing values and storage.
class TestHoeffdingTree : public QObject
{
    Q_OBJECT

private slots:
    void noSplitBeforeTheGracePeriod();
    void growsDeeperOverGracePeriods();
    void stationaryStreamReachesBatchTreeAccuracy();
    void fitStartsOver();
    void missingValuesAreSkippedAndRouted();
    void leafPredictionModes();
    void saveAndLoadContinueIdentically();
    void truncatedStateIsRefused();
    void parametersRoundTripAndNameBadKeys();
};

void TestHoeffdingTree::noSplitBeforeTheGracePeriod()
{
    Eigen::MatrixXd x(400, 2);
    Eigen::VectorXd y(400);
    std::mt19937 random(1);
    std::uniform_real_distribution<double> uniform(-1.0, 1.0);
    for (int r = 0; r < 400; ++r) {
        x(r, 0) = uniform(random);
        x(r, 1) = uniform(random);
        y[r] = x(r, 0) > 0 ? 1 : 0;
    }
    HoeffdingTree tree;
    tree.partialFit(x.topRows(199), y.head(199));
    QCOMPARE(int(tree.nodes().size()), 1);
    tree.partialFit(x.middleRows(199, 1), y.segment(199, 1));
    QCOMPARE(int(tree.nodes().size()), 3);
    QCOMPARE(tree.nodes()[0].feature, 0);
    QVERIFY(std::fabs(tree.nodes()[0].threshold) < 0.2);
    // The new leaves start from the split's estimated class weights and wait a full grace period.
    const auto left = tree.classDistribution(tree.nodes()[0].left);
    QVERIFY(left[0] > left[1]);
    tree.partialFit(x.bottomRows(200), y.tail(200));
    QCOMPARE(tree.rowsSeen(), qint64(400));
}

void TestHoeffdingTree::growsDeeperOverGracePeriods()
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    stationaryConcept(20000, 2, x, y);
    HoeffdingTree tree;
    int previousNodes = 0;
    for (int start = 0; start < x.rows(); start += 5000) {
        tree.partialFit(x.middleRows(start, 5000), y.segment(start, 5000));
        QVERIFY(int(tree.nodes().size()) >= previousNodes);
        previousNodes = int(tree.nodes().size());
    }
    QVERIFY2(tree.depth() >= 3, qPrintable(QString::number(tree.depth())));
    QCOMPARE(tree.describe().value(QStringLiteral("leaves")).toInt(), tree.leafCount());
    HoeffdingTree shallow(HoeffdingTreeParams::fromJson({{QStringLiteral("max_depth"), 1}}));
    shallow.fit(x, y);
    QCOMPARE(shallow.depth(), 1);
}

void TestHoeffdingTree::stationaryStreamReachesBatchTreeAccuracy()
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    stationaryConcept(100000, 3, x, y);
    Eigen::MatrixXd test;
    Eigen::VectorXd truth;
    stationaryConcept(20000, 4, test, truth);
    HoeffdingTree stream;
    for (int start = 0; start < x.rows(); start += 10000)
        stream.partialFit(x.middleRows(start, 10000), y.segment(start, 10000));
    DecisionTree batch(DecisionTreeParams::fromJson({{QStringLiteral("min_samples_leaf"), 50}}));
    batch.fit(x, y);
    const double streamAccuracy = accuracy(stream.predict(test), truth);
    const double batchAccuracy = accuracy(batch.predict(test), truth);
    QVERIFY2(streamAccuracy > batchAccuracy - 0.02,
             qPrintable(QStringLiteral("stream %1, batch %2").arg(streamAccuracy).arg(batchAccuracy)));
}

void TestHoeffdingTree::fitStartsOver()
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    stationaryConcept(3000, 5, x, y);
    HoeffdingTree once;
    once.fit(x, y);
    HoeffdingTree twice;
    twice.fit(x, y);
    twice.fit(x, y);
    QCOMPARE(twice.rowsSeen(), qint64(3000));
    QCOMPARE(twice.predictProbabilities(x), once.predictProbabilities(x));
    twice.fit(x.leftCols(2), y);
    QCOMPARE(twice.describe().value(QStringLiteral("features")).toInt(), 2);
    QVERIFY_THROWS_EXCEPTION(Error, twice.partialFit(x, y));
}

void TestHoeffdingTree::missingValuesAreSkippedAndRouted()
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    stationaryConcept(20000, 6, x, y);
    std::mt19937 random(7);
    std::uniform_real_distribution<double> uniform;
    for (Eigen::Index r = 0; r < x.rows(); ++r)
        for (Eigen::Index c = 0; c < x.cols(); ++c)
            if (uniform(random) < 0.1)
                x(r, c) = std::nan("");
    HoeffdingTree tree;
    tree.fit(x, y);
    QVERIFY(tree.depth() >= 2);
    const Eigen::MatrixXd probabilities = tree.predictProbabilities(x);
    QVERIFY(probabilities.allFinite());
    const auto &root = tree.nodes()[0];
    const int heavier = tree.nodes()[size_t(root.left)].weightedSamples >= tree.nodes()[size_t(root.right)].weightedSamples
        ? root.left
        : root.right;
    Eigen::MatrixXd query = Eigen::MatrixXd::Constant(1, 4, std::nan(""));
    QCOMPARE(tree.decisionPath(query, 0)[1], heavier);
}

void TestHoeffdingTree::leafPredictionModes()
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    stationaryConcept(150, 8, x, y); // below the grace period: one leaf
    HoeffdingTree majority(HoeffdingTreeParams::fromJson({{QStringLiteral("leaf_prediction"), QStringLiteral("majority")}}));
    majority.fit(x, y);
    const auto weights = majority.classDistribution(0);
    const double total = weights[0] + weights[1] + weights[2];
    const Eigen::MatrixXd p = majority.predictProbabilities(x.topRows(3));
    for (int c = 0; c < 3; ++c)
        QCOMPARE(p(1, c), weights[size_t(c)] / total);
    HoeffdingTree bayes(HoeffdingTreeParams::fromJson({{QStringLiteral("leaf_prediction"), QStringLiteral("naive_bayes")}}));
    bayes.fit(x, y);
    const Eigen::MatrixXd q = bayes.predictProbabilities(x);
    QVERIFY(q.row(0) != q.row(1)); // the attributes move naive Bayes away from the class prior
    QVERIFY(accuracy(bayes.predict(x), y) > accuracy(majority.predict(x), y));
}

void TestHoeffdingTree::saveAndLoadContinueIdentically()
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    stationaryConcept(8000, 9, x, y);
    HoeffdingTree tree;
    tree.fit(x.topRows(4000), y.head(4000));
    HoeffdingTree loaded;
    QDataStream in(saved(tree));
    loaded.load(in);
    QCOMPARE(loaded.predictProbabilities(x), tree.predictProbabilities(x));
    QCOMPARE(loaded.describe(), tree.describe());
    tree.partialFit(x.bottomRows(4000), y.tail(4000));
    loaded.partialFit(x.bottomRows(4000), y.tail(4000));
    QCOMPARE(loaded.predictProbabilities(x), tree.predictProbabilities(x));
    QCOMPARE(loaded.nodes().size(), tree.nodes().size());
    const auto copy = tree.clone();
    QCOMPARE(copy->predict(x), tree.predict(x));
}

void TestHoeffdingTree::truncatedStateIsRefused()
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    stationaryConcept(2000, 10, x, y);
    HoeffdingTree tree;
    tree.fit(x, y);
    const QByteArray bytes = saved(tree);
    for (qsizetype length : {qsizetype(0), qsizetype(7), bytes.size() / 3, bytes.size() - 1}) {
        QDataStream in(bytes.left(length));
        HoeffdingTree loaded;
        QVERIFY_THROWS_EXCEPTION(Error, loaded.load(in));
        QVERIFY(!loaded.isTrained());
    }
}

void TestHoeffdingTree::parametersRoundTripAndNameBadKeys()
{
    HoeffdingTreeParams params;
    params.gracePeriod = 50;
    params.splitCriterion = QStringLiteral("gini");
    params.leafPrediction = HoeffdingLeaf::Prediction::Majority;
    QCOMPARE(HoeffdingTreeParams::fromJson(params.toJson()).toJson(), params.toJson());
    QCOMPARE(HoeffdingTreeParams().toJson().value(QStringLiteral("grace_period")).toInt(), 200);
    QCOMPARE(HoeffdingTreeParams().toJson().value(QStringLiteral("split_confidence")).toDouble(), 1e-7);
    QCOMPARE(HoeffdingTreeParams().toJson().value(QStringLiteral("tie_threshold")).toDouble(), 0.05);
    try {
        HoeffdingTreeParams::fromJson({{QStringLiteral("split_confidence"), 0.0}});
        QFAIL("split_confidence = 0 accepted");
    } catch (const Error &error) {
        QVERIFY(error.message().contains(QStringLiteral("split_confidence")));
        QVERIFY(error.message().contains(QStringLiteral("> 0")));
    }
    QVERIFY_THROWS_EXCEPTION(Error, HoeffdingTreeParams::fromJson({{QStringLiteral("grace"), 10}}));
}

QTEST_GUILESS_MAIN(TestHoeffdingTree)
#include "test_hoeffding_tree.moc"
