#include "model/core/error.h"
#include "model/learners/logistic_regression.h"
#include "model/learners/ridge_regression.h"
#include "tests/unit/learners/linear_test_support.h"
#include "tests/unit/prep/prep_linear_fixtures.h"

#include <QJsonArray>
#include <QtTest>
#include <cmath>

using namespace streamml;
using model::core::Error;
using model::learners::LogisticRegression;
using model::learners::LogisticRegressionParams;
using tests::BirdDesign;
using tests::LinearTestSupport;
using tests::PrepLinearFixtures;

namespace {

const QString kFile = QStringLiteral("logistic.json");

struct Problem
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
};

Problem problem(const QJsonObject &c)
{
    if (c.value(QStringLiteral("source")).toString() == QLatin1String("birdstrikes")) {
        const BirdDesign d = LinearTestSupport::birdDesign(c);
        return {d.x, d.y};
    }
    return {PrepLinearFixtures::matrix(c.value(QStringLiteral("x"))), PrepLinearFixtures::vector(c.value(QStringLiteral("y")))};
}

LogisticRegression fitted(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, LogisticRegressionParams params = {})
{
    LogisticRegression model(params);
    model.fit(x, y);
    return model;
}

Eigen::VectorXd flat(const LogisticRegression &m)
{
    Eigen::VectorXd v(m.coefficients().size() + m.intercepts().size());
    v << Eigen::Map<const Eigen::VectorXd>(m.coefficients().data(), m.coefficients().size()), m.intercepts();
    return v;
}

double distance(const LogisticRegression &a, const LogisticRegression &b)
{
    return (flat(a) - flat(b)).norm();
}

double meanLogLoss(const LogisticRegression &m, const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    const Eigen::MatrixXd p = m.predictProbabilities(x);
    double loss = 0;
    for (Eigen::Index i = 0; i < y.size(); ++i)
        loss -= std::log(p(i, Eigen::Index(y[i])));
    return loss / double(y.size());
}

QString errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

/// Logistic regression against scikit-learn, and its update, storage and parameters.
class TestLogisticRegression : public QObject
{
    Q_OBJECT

private slots:
    void matchesScikitLearn_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("solver");
        for (const QString &name : PrepLinearFixtures::caseNames(kFile))
            for (const QString &solver : {QStringLiteral("newton"), QStringLiteral("lbfgs")})
                QTest::newRow(qPrintable(name + QLatin1Char('/') + solver)) << name << solver;
    }

    void matchesScikitLearn()
    {
        QFETCH(QString, name);
        QFETCH(QString, solver);
        const QJsonObject c = PrepLinearFixtures::findCase(kFile, name);
        const Problem p = problem(c);
        if (c.contains(QStringLiteral("feature_names")))
            QCOMPARE(LinearTestSupport::birdDesign(c).names, PrepLinearFixtures::strings(c.value(QStringLiteral("feature_names"))));
        LogisticRegressionParams params;
        params.c = c.value(QStringLiteral("C")).toDouble();
        params.fitIntercept = c.value(QStringLiteral("fit_intercept")).toBool();
        params.solver = solver;
        params.maxIter = 1000;
        params.tol = 1e-10;
        const LogisticRegression model = fitted(p.x, p.y, params);
        QVERIFY(model.describe().value(QStringLiteral("converged")).toBool());
        const double toOptimum = std::max(
            LinearTestSupport::maxAbs(model.coefficients(), PrepLinearFixtures::matrix(c.value(QStringLiteral("optimum_coef")))),
            LinearTestSupport::maxAbs(model.intercepts(), PrepLinearFixtures::vector(c.value(QStringLiteral("optimum_intercept")))));
        const double toLbfgs = std::max(
            LinearTestSupport::maxAbs(model.coefficients(), PrepLinearFixtures::matrix(c.value(QStringLiteral("coef")))),
            LinearTestSupport::maxAbs(model.intercepts(), PrepLinearFixtures::vector(c.value(QStringLiteral("intercept")))));
        const double tolerance = c.value(QStringLiteral("lbfgs_tolerance")).toDouble();
        qInfo("%s/%s: %d iterations; max |difference| to scikit-learn newton-cg optimum %.3g, to its lbfgs %.3g "
              "(allowed %.3g: lbfgs itself is %.3g from the optimum)",
              qPrintable(name), qPrintable(solver), model.describe().value(QStringLiteral("iterations")).toInt(), toOptimum,
              toLbfgs, tolerance, c.value(QStringLiteral("lbfgs_gap")).toDouble());
        QVERIFY(toOptimum <= 1e-6);
        QVERIFY(toLbfgs <= tolerance);
        const Eigen::MatrixXd head = PrepLinearFixtures::matrix(c.value(QStringLiteral("probabilities_head")));
        QVERIFY(LinearTestSupport::maxAbs(model.predictProbabilities(p.x.topRows(head.rows())), head) <= 1e-7);
    }

    void probabilitiesAndPredictionsAgree()
    {
        const Problem p = problem(PrepLinearFixtures::findCase(kFile, QStringLiteral("multinomial_c0.5")));
        const LogisticRegression model = fitted(p.x, p.y);
        const Eigen::MatrixXd probabilities = model.predictProbabilities(p.x);
        QVERIFY((probabilities.rowwise().sum().array() - 1).abs().maxCoeff() < 1e-12);
        const Eigen::VectorXd predicted = model.predict(p.x);
        for (Eigen::Index r = 0; r < p.x.rows(); ++r) {
            Eigen::Index best = 0;
            probabilities.row(r).maxCoeff(&best);
            QCOMPARE(predicted[r], double(best));
        }
        QCOMPARE(model.classCount(), 3);
        QCOMPARE(model.coefficients().rows(), 3);
    }

    void describeGivesCoefficientsAndOddsRatios()
    {
        const Problem p = problem(PrepLinearFixtures::findCase(kFile, QStringLiteral("binary_c1")));
        const LogisticRegression model = fitted(p.x, p.y);
        const QJsonObject d = model.describe();
        const QJsonArray coefficients = d.value(QStringLiteral("coefficients")).toArray().at(0).toArray();
        const QJsonArray odds = d.value(QStringLiteral("odds_ratios")).toArray().at(0).toArray();
        QCOMPARE(coefficients.size(), 5);
        QCOMPARE(coefficients.at(2).toDouble(), model.coefficients()(0, 2));
        QCOMPARE(odds.at(2).toDouble(), std::exp(model.coefficients()(0, 2)));
        QCOMPARE(d.value(QStringLiteral("intercepts")).toArray().at(0).toDouble(), model.intercepts()[0]);
    }

    void partialFitMovesTowardTheNewRows()
    {
        const BirdDesign d = LinearTestSupport::birdDesign(PrepLinearFixtures::findCase(kFile, QStringLiteral("birdstrikes_damage")));
        const Eigen::MatrixXd xa = d.x.topRows(1500);
        const Eigen::MatrixXd xb = d.x.bottomRows(1500);
        const Eigen::VectorXd ya = d.y.head(1500);
        const Eigen::VectorXd yb = d.y.tail(1500);
        const LogisticRegression onA = fitted(xa, ya);
        const LogisticRegression onAll = fitted(d.x, d.y);
        LogisticRegression updated = onA;
        updated.partialFit(xb, yb);
        qInfo("distance to the fit on all rows: before the update %.4g, after %.4g", distance(onA, onAll),
              distance(updated, onAll));
        QVERIFY(meanLogLoss(updated, xb, yb) < meanLogLoss(onA, xb, yb));
        QVERIFY(distance(updated, onAll) < 0.2 * distance(onA, onAll));
        QCOMPARE(updated.describe().value(QStringLiteral("samples_seen")).toInt(), 3000);
        // The earlier rows are remembered: the update is not a fit on the new rows alone.
        QVERIFY(distance(updated, onAll) < distance(fitted(xb, yb), onAll));
    }

    void partialFitOfThreeClassesMovesTowardTheNewRows()
    {
        const Problem p = problem(PrepLinearFixtures::findCase(kFile, QStringLiteral("multinomial_c0.5")));
        const LogisticRegression onA = fitted(p.x.topRows(150), p.y.head(150));
        const LogisticRegression onAll = fitted(p.x, p.y);
        LogisticRegression updated = onA;
        updated.partialFit(p.x.bottomRows(150), p.y.tail(150));
        QVERIFY(distance(updated, onAll) < 0.2 * distance(onA, onAll));
        QVERIFY(std::abs(updated.intercepts().sum()) < 1e-8);
    }

    void forgettingWeighsTheNewRowsMore()
    {
        const Problem p = problem(PrepLinearFixtures::findCase(kFile, QStringLiteral("binary_c1")));
        const Eigen::MatrixXd xb = p.x.bottomRows(150);
        // The new rows follow another rule: their labels are flipped.
        const Eigen::VectorXd yb = 1.0 - p.y.tail(150).array();
        LogisticRegressionParams forgetful;
        forgetful.forgetting = 0.2;
        LogisticRegression remembering = fitted(p.x.topRows(150), p.y.head(150));
        LogisticRegression forgetting = fitted(p.x.topRows(150), p.y.head(150), forgetful);
        remembering.partialFit(xb, yb);
        forgetting.partialFit(xb, yb);
        QVERIFY(meanLogLoss(forgetting, xb, yb) < meanLogLoss(remembering, xb, yb));
    }

    void classWithoutRowsStaysFinite()
    {
        const Problem p = problem(PrepLinearFixtures::findCase(kFile, QStringLiteral("binary_c1")));
        LogisticRegressionParams params;
        params.classCount = 3;
        const LogisticRegression model = fitted(p.x, p.y, params);
        QVERIFY(model.coefficients().allFinite() && model.intercepts().allFinite());
        QVERIFY(model.predictProbabilities(p.x).col(2).maxCoeff() < 0.01);
    }

    void saveAndLoadPredictIdentically()
    {
        const Problem p = problem(PrepLinearFixtures::findCase(kFile, QStringLiteral("multinomial_c10")));
        const LogisticRegression model = fitted(p.x.topRows(200), p.y.head(200));
        LogisticRegression copy;
        LinearTestSupport::load(copy, LinearTestSupport::saved(model));
        QCOMPARE(copy.predictProbabilities(p.x), model.predictProbabilities(p.x));
        QCOMPARE(copy.predict(p.x), model.predict(p.x));
        QCOMPARE(copy.hyperparameters(), model.hyperparameters());
        // The curvature is stored too: an update after loading equals one before.
        LogisticRegression a = model;
        a.partialFit(p.x.bottomRows(100), p.y.tail(100));
        copy.partialFit(p.x.bottomRows(100), p.y.tail(100));
        QCOMPARE(copy.predictProbabilities(p.x), a.predictProbabilities(p.x));
    }

    void truncatedOrAlteredStreamIsRefused()
    {
        const Problem p = problem(PrepLinearFixtures::findCase(kFile, QStringLiteral("binary_c1")));
        const LogisticRegression model = fitted(p.x, p.y);
        const QByteArray bytes = LinearTestSupport::saved(model);
        QCOMPARE(LinearTestSupport::acceptedTruncation(LogisticRegression(), bytes), -1);
        model::learners::RidgeRegression ridge;
        ridge.fit(p.x, p.y);
        LogisticRegression target;
        QVERIFY(errorOf([&] { LinearTestSupport::load(target, LinearTestSupport::saved(ridge)); })
                    .contains(QStringLiteral("ridge_regression")));
        QByteArray garbage = bytes;
        garbage[0] = 'x';
        QVERIFY(errorOf([&] { LinearTestSupport::load(target, garbage); }).contains(QStringLiteral("not a saved model")));
        QByteArray inconsistent = bytes;
        inconsistent.chop(8 * 7);
        inconsistent.append(QByteArray(8 * 7, '\xff')); // NaN curvature entries
        QVERIFY(!errorOf([&] { LinearTestSupport::load(target, inconsistent); }).isEmpty());
    }

    void parametersRoundTripAndBadValuesAreNamed_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("C") << QStringLiteral(R"({"C": -1})") << QStringList{"\"C\"", "-1", "> 0"};
        QTest::newRow("solver") << QStringLiteral(R"({"solver": "sag"})") << QStringList{"\"solver\"", "auto, newton, lbfgs"};
        QTest::newRow("max_iter") << QStringLiteral(R"({"max_iter": 0})") << QStringList{"\"max_iter\"", "1..100000"};
        QTest::newRow("forgetting") << QStringLiteral(R"({"forgetting": 1.5})") << QStringList{"\"forgetting\"", "<= 1"};
        QTest::newRow("fit_intercept") << QStringLiteral(R"({"fit_intercept": "sometimes"})") << QStringList{"\"fit_intercept\"", "true or false"};
        QTest::newRow("class_count") << QStringLiteral(R"({"class_count": 1})") << QStringList{"\"class_count\""};
        QTest::newRow("unknown") << QStringLiteral(R"({"penalty": "l1"})") << QStringList{"\"penalty\"", "C, fit_intercept"};
    }

    void parametersRoundTripAndBadValuesAreNamed()
    {
        QFETCH(QString, json);
        QFETCH(QStringList, mentions);
        LogisticRegressionParams params;
        params.c = 0.25;
        params.solver = QStringLiteral("lbfgs");
        QCOMPARE(LogisticRegressionParams::fromJson(params.toJson()).toJson(), params.toJson());
        try {
            LogisticRegressionParams::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
            QFAIL("accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Settings);
            for (const QString &m : mentions)
                QVERIFY2(e.message().contains(m), qPrintable(e.message() + QStringLiteral(" lacks ") + m));
        }
    }

    void badInputIsRefused()
    {
        Eigen::MatrixXd x = Eigen::MatrixXd::Ones(4, 2);
        const Eigen::Vector4d y(0, 1, 0, 1);
        x(1, 1) = std::nan("");
        LogisticRegression model;
        QVERIFY(errorOf([&] { model.fit(x, y); }).contains(QStringLiteral("missing")));
        QVERIFY(!errorOf([&] { model.fit(Eigen::MatrixXd::Ones(4, 2), Eigen::Vector4d(0, 1, 0.5, 1)); }).isEmpty());
        QVERIFY(!errorOf([&] { model.fit(Eigen::MatrixXd::Ones(4, 2), Eigen::Vector4d::Zero()); }).isEmpty());
        QVERIFY(!errorOf([&] { model.predict(x); }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogisticRegression)
#include "test_logistic_regression.moc"
