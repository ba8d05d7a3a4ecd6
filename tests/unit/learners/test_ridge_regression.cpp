#include "model/core/error.h"
#include "model/learners/ridge_regression.h"
#include "tests/unit/learners/linear_test_support.h"
#include "tests/unit/prep/prep_linear_fixtures.h"

#include <QJsonArray>
#include <QtTest>

using namespace streamml;
using model::core::Error;
using model::learners::RidgeRegression;
using model::learners::RidgeRegressionParams;
using tests::BirdDesign;
using tests::LinearTestSupport;
using tests::PrepLinearFixtures;

namespace {

const QString kFile = QStringLiteral("ridge.json");

RidgeRegressionParams paramsOf(const QJsonObject &c)
{
    RidgeRegressionParams p;
    p.alpha = c.value(QStringLiteral("alpha")).toDouble();
    p.fitIntercept = c.value(QStringLiteral("fit_intercept")).toBool();
    return p;
}

} // namespace

/// Ridge regression against scikit-learn, its exact update, storage and parameters.
class TestRidgeRegression : public QObject
{
    Q_OBJECT

private slots:
    void matchesScikitLearn_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : PrepLinearFixtures::caseNames(kFile))
            QTest::newRow(qPrintable(name)) << name;
    }

    void matchesScikitLearn()
    {
        QFETCH(QString, name);
        const QJsonObject c = PrepLinearFixtures::findCase(kFile, name);
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        if (c.contains(QStringLiteral("source"))) {
            const BirdDesign d = LinearTestSupport::birdDesign(c);
            QCOMPARE(d.names, PrepLinearFixtures::strings(c.value(QStringLiteral("feature_names"))));
            QCOMPARE(d.y.size(), c.value(QStringLiteral("rows_with_target")).toInt());
            x = d.x;
            y = d.y;
        } else {
            x = PrepLinearFixtures::matrix(c.value(QStringLiteral("x")));
            y = PrepLinearFixtures::vector(c.value(QStringLiteral("y")));
        }
        RidgeRegression model(paramsOf(c));
        model.fit(x, y);
        const double gap = std::max(
            LinearTestSupport::maxAbs(model.coefficients().transpose(), PrepLinearFixtures::vector(c.value(QStringLiteral("coef")))),
            std::abs(model.intercepts()[0] - c.value(QStringLiteral("intercept")).toDouble()));
        qInfo("%s: max |difference| to scikit-learn %.3g", qPrintable(name), gap);
        QVERIFY(gap <= 1e-4);
        const Eigen::VectorXd expected = (x.topRows(3) * model.coefficients().transpose()).array() + model.intercepts()[0];
        QVERIFY(LinearTestSupport::maxAbs(model.predict(x.topRows(3)), expected) <= 1e-12 * std::max(1.0, expected.cwiseAbs().maxCoeff()));
    }

    void partialFitIsExact_data()
    {
        QTest::addColumn<bool>("fitIntercept");
        QTest::newRow("intercept") << true;
        QTest::newRow("through the origin") << false;
    }

    void partialFitIsExact()
    {
        QFETCH(bool, fitIntercept);
        const BirdDesign d = LinearTestSupport::birdDesign(PrepLinearFixtures::findCase(kFile, QStringLiteral("birdstrikes_speed")));
        RidgeRegressionParams params;
        params.fitIntercept = fitIntercept;
        RidgeRegression all(params);
        all.fit(d.x, d.y);
        RidgeRegression chunked(params);
        const Eigen::Index third = d.x.rows() / 3;
        chunked.fit(d.x.topRows(third), d.y.head(third));
        chunked.partialFit(d.x.middleRows(third, third), d.y.segment(third, third));
        chunked.partialFit(d.x.bottomRows(d.x.rows() - 2 * third), d.y.tail(d.x.rows() - 2 * third));
        const double gap = std::max(LinearTestSupport::maxAbs(chunked.coefficients(), all.coefficients()),
                                    std::abs(chunked.intercepts()[0] - all.intercepts()[0]));
        qInfo("fit on three chunks vs fit on all rows: max |difference| %.3g", gap);
        QVERIFY(gap <= 1e-9);
        QCOMPARE(chunked.describe().value(QStringLiteral("samples_seen")).toDouble(), double(d.x.rows()));
    }

    void saveAndLoadPredictIdentically()
    {
        const QJsonObject c = PrepLinearFixtures::findCase(kFile, QStringLiteral("synthetic_alpha1.0_intercept"));
        const Eigen::MatrixXd x = PrepLinearFixtures::matrix(c.value(QStringLiteral("x")));
        const Eigen::VectorXd y = PrepLinearFixtures::vector(c.value(QStringLiteral("y")));
        RidgeRegression model;
        model.fit(x.topRows(120), y.head(120));
        RidgeRegression copy;
        LinearTestSupport::load(copy, LinearTestSupport::saved(model));
        QCOMPARE(copy.predict(x), model.predict(x));
        model.partialFit(x.bottomRows(80), y.tail(80));
        copy.partialFit(x.bottomRows(80), y.tail(80));
        QCOMPARE(copy.predict(x), model.predict(x));
        QCOMPARE(LinearTestSupport::acceptedTruncation(RidgeRegression(), LinearTestSupport::saved(model)), -1);
    }

    void regressionHasNoProbabilities()
    {
        RidgeRegression model;
        model.fit(Eigen::MatrixXd::Identity(3, 2), Eigen::Vector3d(1, 2, 3));
        QVERIFY_THROWS_EXCEPTION(Error, model.predictProbabilities(Eigen::MatrixXd::Identity(3, 2)));
        QCOMPARE(model.classCount(), 0);
    }

    void parametersAreValidated()
    {
        RidgeRegressionParams params;
        params.alpha = 3;
        QCOMPARE(RidgeRegressionParams::fromJson(params.toJson()).alpha, 3.0);
        try {
            RidgeRegressionParams::fromJson(QJsonObject{{QStringLiteral("alpha"), -2}});
            QFAIL("accepted");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("\"alpha\"")) && e.message().contains(QStringLiteral(">= 0")));
        }
        QVERIFY_THROWS_EXCEPTION(Error, RidgeRegressionParams::fromJson(QJsonObject{{QStringLiteral("solver"), QStringLiteral("svd")}}));
    }
};

QTEST_GUILESS_MAIN(TestRidgeRegression)
#include "test_ridge_regression.moc"
