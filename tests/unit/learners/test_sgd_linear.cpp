#include "model/core/error.h"
#include "model/learners/logistic_regression.h"
#include "model/learners/sgd_linear.h"
#include "tests/unit/learners/linear_test_support.h"
#include "tests/unit/prep/prep_linear_fixtures.h"

#include <QJsonArray>
#include <QtTest>

using namespace streamml;
using model::core::Error;
using model::learners::SgdLinear;
using model::learners::SgdLinearParams;
using model::learners::Task;
using tests::LinearTestSupport;
using tests::PrepLinearFixtures;

namespace {

const QString kFile = QStringLiteral("sgd.json");

/// A fixture's train and test rows, standardised on the train rows as the fixture did for classes.
struct Split
{
    Eigen::MatrixXd train;
    Eigen::VectorXd trainY;
    Eigen::MatrixXd test;
    Eigen::VectorXd testY;
};

Split split(const QJsonObject &c, bool standardise)
{
    Eigen::MatrixXd x = PrepLinearFixtures::matrix(c.value(QStringLiteral("x")));
    const Eigen::VectorXd y = PrepLinearFixtures::vector(c.value(QStringLiteral("y")));
    const int cut = c.value(QStringLiteral("train")).toArray().at(1).toInt();
    if (standardise) {
        const Eigen::RowVectorXd mean = x.topRows(cut).colwise().mean();
        const Eigen::RowVectorXd sd = ((x.topRows(cut).rowwise() - mean).array().square().colwise().sum() / cut).sqrt();
        x = (x.rowwise() - mean).array().rowwise() / sd.array();
    }
    return {x.topRows(cut), y.head(cut), x.bottomRows(x.rows() - cut), y.tail(y.size() - cut)};
}

SgdLinear fitted(const Split &s, SgdLinearParams params = {})
{
    SgdLinear model(params);
    model.fit(s.train, s.trainY);
    return model;
}

} // namespace

/// SGD: accuracy comparable to scikit-learn's, seeded, warm-started updates, storage and parameters.
class TestSgdLinear : public QObject
{
    Q_OBJECT

private slots:
    void classifiesAsWellAsScikitLearn_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("loss");
        for (const QString &name : {QStringLiteral("binary"), QStringLiteral("three_classes")})
            for (const QString &loss : {QStringLiteral("log_loss"), QStringLiteral("modified_huber")})
                QTest::newRow(qPrintable(name + QLatin1Char('/') + loss)) << name << loss;
    }

    void classifiesAsWellAsScikitLearn()
    {
        QFETCH(QString, name);
        QFETCH(QString, loss);
        const QJsonObject c = PrepLinearFixtures::findCase(kFile, name);
        const Split s = split(c, true);
        // Both sides vary with the shuffling seed: mean accuracies over five seeds are compared.
        double ours = 0;
        for (int seed = 0; seed < 5; ++seed) {
            SgdLinearParams params;
            params.loss = loss;
            params.seed = seed;
            const SgdLinear model = fitted(s, params);
            ours += LinearTestSupport::accuracy(model.predict(s.test), s.testY) / 5;
            const Eigen::MatrixXd p = model.predictProbabilities(s.test);
            QVERIFY((p.rowwise().sum().array() - 1).abs().maxCoeff() < 1e-12);
            QVERIFY(p.minCoeff() >= 0 && p.maxCoeff() <= 1);
        }
        const Eigen::VectorXd bySeed =
            PrepLinearFixtures::vector(c.value(QStringLiteral("sklearn_sgd_accuracy_by_seed")).toObject().value(loss));
        const double theirs = bySeed.mean();
        qInfo("%s/%s: mean accuracy over 5 seeds %.3f; scikit-learn SGD %.3f (%.3f..%.3f), its logistic regression %.3f",
              qPrintable(name), qPrintable(loss), ours, theirs, bySeed.minCoeff(), bySeed.maxCoeff(),
              c.value(QStringLiteral("sklearn_logistic_accuracy")).toDouble());
        QVERIFY(ours >= theirs - 0.03);
    }

    void regressesAsWellAsScikitLearn()
    {
        const QJsonObject c = PrepLinearFixtures::findCase(kFile, QStringLiteral("regression"));
        const Split s = split(c, false);
        const SgdLinear model = fitted(s, SgdLinearParams::regression());
        QCOMPARE(model.task(), Task::Regression);
        const double ours = LinearTestSupport::r2(model.predict(s.test), s.testY);
        const double theirs = c.value(QStringLiteral("sklearn_sgd_r2")).toDouble();
        qInfo("regression: R² %.4f; scikit-learn SGD %.4f, its ridge %.4f", ours, theirs,
              c.value(QStringLiteral("sklearn_ridge_r2")).toDouble());
        QVERIFY(ours >= theirs - 0.02);
        QVERIFY_THROWS_EXCEPTION(Error, model.predictProbabilities(s.test));
    }

    void seedDecidesTheResult()
    {
        const Split s = split(PrepLinearFixtures::findCase(kFile, QStringLiteral("binary")), true);
        SgdLinearParams other;
        other.seed = 7;
        QCOMPARE(fitted(s).coefficients(), fitted(s).coefficients());
        QVERIFY(fitted(s).coefficients() != fitted(s, other).coefficients());
    }

    void partialFitContinuesFromTheCurrentWeights()
    {
        const Split s = split(PrepLinearFixtures::findCase(kFile, QStringLiteral("three_classes")), true);
        const SgdLinear trained = fitted(s);
        SgdLinear updated = trained;
        updated.partialFit(s.test.topRows(100), s.testY.head(100));
        SgdLinear fresh;
        fresh.partialFit(s.test.topRows(100), s.testY.head(100));
        // One epoch from the trained weights stays near them; one from zero does not get there.
        const double moved = (updated.coefficients() - trained.coefficients()).norm();
        QVERIFY(moved > 0);
        QVERIFY(moved < 0.5 * (fresh.coefficients() - trained.coefficients()).norm());
        QCOMPARE(updated.describe().value(QStringLiteral("samples_seen")).toInt(), 1100);
        // Epochs of partialFit alone reach the accuracy of fit.
        SgdLinear streamed;
        for (int epoch = 0; epoch < 10; ++epoch)
            for (int from = 0; from < 1000; from += 250)
                streamed.partialFit(s.train.middleRows(from, 250), s.trainY.segment(from, 250));
        QVERIFY(LinearTestSupport::accuracy(streamed.predict(s.test), s.testY)
                >= LinearTestSupport::accuracy(trained.predict(s.test), s.testY) - 0.03);
    }

    void saveAndLoadPredictIdentically()
    {
        const Split s = split(PrepLinearFixtures::findCase(kFile, QStringLiteral("three_classes")), true);
        SgdLinear model = fitted(s);
        SgdLinear copy;
        LinearTestSupport::load(copy, LinearTestSupport::saved(model));
        QCOMPARE(copy.predictProbabilities(s.test), model.predictProbabilities(s.test));
        // The step count and shuffling state are kept: updates after loading match.
        model.partialFit(s.test.topRows(50), s.testY.head(50));
        copy.partialFit(s.test.topRows(50), s.testY.head(50));
        QCOMPARE(copy.coefficients(), model.coefficients());
        QCOMPARE(LinearTestSupport::acceptedTruncation(SgdLinear(), LinearTestSupport::saved(model)), -1);
    }

    void parametersAreValidated()
    {
        QCOMPARE(SgdLinearParams::fromJson({{QStringLiteral("loss"), QStringLiteral("squared_error")}}).learningRate,
                 QStringLiteral("invscaling"));
        const SgdLinearParams regression = SgdLinearParams::regression();
        QCOMPARE(SgdLinearParams::fromJson(regression.toJson()).toJson(), regression.toJson());
        try {
            SgdLinearParams::fromJson({{QStringLiteral("loss"), QStringLiteral("hinge")}});
            QFAIL("accepted");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("\"loss\"")));
            QVERIFY(e.message().contains(QStringLiteral("log_loss, modified_huber, squared_error")));
        }
        QVERIFY_THROWS_EXCEPTION(Error, SgdLinearParams::fromJson({{QStringLiteral("alpha"), 0}}));
        QVERIFY_THROWS_EXCEPTION(Error, SgdLinearParams::fromJson({{QStringLiteral("eta"), 0.1}}));
    }
};

QTEST_GUILESS_MAIN(TestSgdLinear)
#include "test_sgd_linear.moc"
