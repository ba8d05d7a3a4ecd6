#include "model/core/error.h"
#include "model/evaluation/explain/tree_shap.h"
#include "model/learners/decision_tree.h"
#include "tests/unit/evaluation/explain_fixtures.h"

#include <QElapsedTimer>
#include <QtTest>
#include <cmath>

using streamml::model::core::Error;
using streamml::model::evaluation::explain::LocalExplanation;
using streamml::model::evaluation::explain::TreeShap;
using streamml::model::learners::DecisionTree;
using streamml::model::learners::DecisionTreeParams;
using streamml::model::learners::Task;
using streamml::tests::ExplainFixtures;

namespace {

QStringList names(qsizetype count, const QString &prefix)
{
    QStringList result;
    for (qsizetype i = 0; i < count; ++i)
        result.append(prefix + QString::number(i));
    return result;
}

/// Targets from a few of the features with interactions, so paths repeat features.
Eigen::VectorXd targetsOf(const Eigen::MatrixXd &x, Task task, int classes)
{
    Eigen::VectorXd y(x.rows());
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        const auto v = [&](int c) { return std::isnan(x(r, c)) ? 0.7 : x(r, c); };
        const double score = v(0) + 0.8 * v(1) * v(2) - 0.5 * std::abs(v(0)) + 0.3 * v(3);
        // Regression adds a ripple on a further feature so deep trees keep splitting.
        y[r] = task == Task::Regression ? score + 0.2 * std::sin(40.0 * v(4))
                                        : double(std::clamp(int(std::floor(score + classes / 2.0)), 0, classes - 1));
    }
    return y;
}

DecisionTree grown(Task task, int features, int depth, int rows, unsigned seed, double missingShare, int classes = 3)
{
    DecisionTreeParams params;
    params.task = task;
    params.maxDepth = depth;
    DecisionTree tree(params);
    const Eigen::MatrixXd x = ExplainFixtures::gaussian(rows, features, seed, missingShare);
    tree.fit(x, targetsOf(x, task, classes));
    return tree;
}

TreeShap explainerOf(const DecisionTree &tree)
{
    const int outputs = tree.task() == Task::Classification ? tree.classCount() : 1;
    return TreeShap(tree, names(tree.featureCount(), QStringLiteral("x")), names(outputs, QStringLiteral("out")));
}

/// The largest difference between TreeSHAP and brute force over the rows.
double bruteForceDifference(const DecisionTree &tree, const Eigen::MatrixXd &rows)
{
    const TreeShap shap = explainerOf(tree);
    double worst = 0;
    for (Eigen::Index r = 0; r < rows.rows(); ++r) {
        const Eigen::RowVectorXd row = rows.row(r);
        const Eigen::MatrixXd exact = ExplainFixtures::bruteForceShapley(
            tree.featureCount(), [&](const std::vector<bool> &known) { return ExplainFixtures::treeExpectation(tree, row, known); });
        worst = std::max(worst, ExplainFixtures::maxAbs(shap.localContributions(row).contributions, exact));
    }
    return worst;
}

double localAccuracyGap(const LocalExplanation &e)
{
    return ((e.base + e.contributions.colwise().sum()) - e.prediction).cwiseAbs().maxCoeff();
}

} // namespace

/// TreeSHAP against Shapley values enumerated over every feature subset, local accuracy and speed.
class TestTreeShap : public QObject
{
    Q_OBJECT

private slots:
    void equalsBruteForce_data()
    {
        QTest::addColumn<Task>("task");
        QTest::addColumn<int>("features");
        QTest::addColumn<int>("depth");
        QTest::addColumn<double>("missingShare");
        QTest::newRow("classification, 6 features, missing values") << Task::Classification << 6 << 7 << 0.15;
        QTest::newRow("classification, 8 features, deep") << Task::Classification << 8 << 10 << 0.0;
        QTest::newRow("regression, 8 features, missing values") << Task::Regression << 8 << 9 << 0.1;
        QTest::newRow("regression, 4 features, stumps") << Task::Regression << 4 << 1 << 0.0;
    }
    void equalsBruteForce()
    {
        QFETCH(Task, task);
        QFETCH(int, features);
        QFETCH(int, depth);
        QFETCH(double, missingShare);
        const DecisionTree tree = grown(task, features, depth, 600, 11, missingShare);
        // Rows with missing values too, routed through the learned side of each split.
        const Eigen::MatrixXd rows = ExplainFixtures::gaussian(40, features, 12, std::max(missingShare, 0.1));
        const double difference = bruteForceDifference(tree, rows);
        qInfo("TreeSHAP vs brute force (%d nodes, depth %d): max |difference| = %.3g", int(tree.nodes().size()), tree.depth(), difference);
        QVERIFY2(difference <= 1e-9, qPrintable(QString::number(difference)));
    }

    void localAccuracyHoldsOnEveryRow_data()
    {
        QTest::addColumn<Task>("task");
        QTest::newRow("four classes") << Task::Classification;
        QTest::newRow("regression") << Task::Regression;
    }
    void localAccuracyHoldsOnEveryRow()
    {
        QFETCH(Task, task);
        const DecisionTree tree = grown(task, 10, 10, 5000, 21, 0.05, 4);
        const TreeShap shap = explainerOf(tree);
        const Eigen::MatrixXd rows = ExplainFixtures::gaussian(1000, 10, 22, 0.05);
        const Eigen::MatrixXd predicted = task == Task::Classification ? tree.predictProbabilities(rows) : Eigen::MatrixXd(tree.predict(rows));
        double worstGap = 0;
        double worstPrediction = 0;
        QElapsedTimer timer;
        timer.start();
        for (Eigen::Index r = 0; r < rows.rows(); ++r) {
            const LocalExplanation e = shap.localContributions(rows.row(r));
            worstGap = std::max(worstGap, localAccuracyGap(e));
            worstPrediction = std::max(worstPrediction, (e.prediction - predicted.row(r)).cwiseAbs().maxCoeff());
        }
        const qint64 elapsed = timer.elapsed();
        qInfo("TreeSHAP over 1000 rows of a depth-%d tree with %d leaves and %d outputs: %lld ms; local accuracy gap %.3g",
              tree.depth(), tree.leafCount(), int(shap.outputs().size()), elapsed, worstGap);
        QVERIFY(worstGap <= 1e-12 * std::max(1.0, predicted.cwiseAbs().maxCoeff()));
        QCOMPARE(worstPrediction, 0.0);
    }

    void baseValueIsTheCoverWeightedMean()
    {
        const DecisionTree tree = grown(Task::Regression, 5, 6, 500, 31, 0.0);
        const TreeShap shap = explainerOf(tree);
        const Eigen::MatrixXd x = ExplainFixtures::gaussian(500, 5, 31, 0.0);
        // Grown on these rows, the cover-weighted leaf mean is the mean of the training targets.
        QVERIFY(std::abs(shap.baseValue()[0] - targetsOf(x, Task::Regression, 0).mean()) <= 1e-12);
        const std::vector<bool> none(5, false);
        QVERIFY(std::abs(shap.baseValue()[0] - ExplainFixtures::treeExpectation(tree, x.row(0), none)[0]) <= 1e-12);
    }

    void unusedFeaturesGetNothing()
    {
        DecisionTreeParams params;
        params.task = Task::Regression;
        DecisionTree tree(params);
        Eigen::MatrixXd x = ExplainFixtures::gaussian(200, 3, 41);
        Eigen::VectorXd y = x.col(0).array().sign().matrix(); // only the first feature matters
        tree.fit(x, y);
        const TreeShap shap = explainerOf(tree);
        for (Eigen::Index r = 0; r < 20; ++r) {
            const LocalExplanation e = shap.localContributions(x.row(r));
            QCOMPARE(e.contributions(1, 0), 0.0);
            QCOMPARE(e.contributions(2, 0), 0.0);
            QVERIFY(std::abs(e.contributions(0, 0) - (y[r] - shap.baseValue()[0])) <= 1e-12);
        }
    }

    void partialFitKeepsTheCoverConsistent()
    {
        DecisionTree tree = grown(Task::Classification, 6, 6, 400, 51, 0.1);
        const Eigen::MatrixXd more = ExplainFixtures::gaussian(300, 6, 52, 0.1);
        tree.partialFit(more, targetsOf(more, Task::Classification, 3));
        const double difference = bruteForceDifference(tree, ExplainFixtures::gaussian(20, 6, 53, 0.1));
        QVERIFY2(difference <= 1e-9, qPrintable(QString::number(difference)));
    }

    void refusesRowsOfAnotherWidthAndUntrainedTrees()
    {
        const DecisionTree tree = grown(Task::Regression, 4, 3, 100, 61, 0.0);
        const TreeShap shap = explainerOf(tree);
        QVERIFY_THROWS_EXCEPTION(Error, shap.localContributions(Eigen::RowVectorXd::Zero(3)));
        QVERIFY_THROWS_EXCEPTION(Error, TreeShap(DecisionTree(), {}, {}));
    }
};

QTEST_GUILESS_MAIN(TestTreeShap)
#include "test_tree_shap.moc"
