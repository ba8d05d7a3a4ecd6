#include "model/core/error.h"
#include "model/learners/huber_regression.h"
#include "model/learners/ridge_regression.h"
#include "tests/unit/learners/linear_test_support.h"
#include "tests/unit/prep/prep_linear_fixtures.h"

#include <QtTest>

using namespace streamml;
using model::core::Error;
using model::learners::HuberRegression;
using model::learners::HuberRegressionParams;
using tests::LinearTestSupport;
using tests::PrepLinearFixtures;

namespace {

const QString kFile = QStringLiteral("huber.json");

HuberRegression fitted(const QJsonObject &c, Eigen::Index rows = -1)
{
    HuberRegressionParams params;
    params.epsilon = c.value(QStringLiteral("epsilon")).toDouble();
    params.alpha = c.value(QStringLiteral("alpha")).toDouble();
    const Eigen::MatrixXd x = PrepLinearFixtures::matrix(c.value(QStringLiteral("x")));
    const Eigen::VectorXd y = PrepLinearFixtures::vector(c.value(QStringLiteral("y")));
    HuberRegression model(params);
    model.fit(x.topRows(rows < 0 ? x.rows() : rows), y.head(rows < 0 ? y.size() : rows));
    return model;
}

} // namespace

/// Huber regression against scikit-learn, its robustness, update, storage and parameters.
class TestHuberRegression : public QObject
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
        const HuberRegression model = fitted(c);
        const auto gap = [&](const QString &prefix) {
            return std::max({LinearTestSupport::maxAbs(model.coefficients().transpose(),
                                                       PrepLinearFixtures::vector(c.value(prefix + QStringLiteral("coef")))),
                             std::abs(model.intercepts()[0] - c.value(prefix + QStringLiteral("intercept")).toDouble()),
                             std::abs(model.scale() - c.value(prefix + QStringLiteral("scale")).toDouble())});
        };
        qInfo("%s: %d iterations; max |difference| to scikit-learn %.3g, to the refined optimum %.3g", qPrintable(name),
              model.describe().value(QStringLiteral("iterations")).toInt(), gap(QString()), gap(QStringLiteral("refined_")));
        QVERIFY(model.describe().value(QStringLiteral("converged")).toBool());
        QVERIFY(gap(QString()) <= 1e-3);
        QVERIFY(gap(QStringLiteral("refined_")) <= 1e-5);
    }

    void outliersPullLessThanOnLeastSquares()
    {
        const QJsonObject c = PrepLinearFixtures::findCase(kFile, QStringLiteral("outliers_alpha1e-4"));
        const Eigen::Vector4d truth(3.0, -2.0, 0.5, 0.0);
        model::learners::RidgeRegression ridge(model::learners::RidgeRegressionParams{1e-4, true});
        ridge.fit(PrepLinearFixtures::matrix(c.value(QStringLiteral("x"))), PrepLinearFixtures::vector(c.value(QStringLiteral("y"))));
        const HuberRegression huber = fitted(c);
        QVERIFY((huber.coefficients().transpose() - truth).norm() < 0.5 * (ridge.coefficients().transpose() - truth).norm());
        QVERIFY(huber.describe().value(QStringLiteral("outliers")).toInt() > 0);
    }

    void partialFitMovesTowardTheFitOnAllRows()
    {
        const QJsonObject c = PrepLinearFixtures::findCase(kFile, QStringLiteral("outliers_alpha1e-4"));
        const Eigen::MatrixXd x = PrepLinearFixtures::matrix(c.value(QStringLiteral("x")));
        const Eigen::VectorXd y = PrepLinearFixtures::vector(c.value(QStringLiteral("y")));
        const HuberRegression onAll = fitted(c);
        const HuberRegression onA = fitted(c, 100);
        HuberRegression updated = onA;
        updated.partialFit(x.bottomRows(100), y.tail(100));
        const auto distance = [&](const HuberRegression &m) {
            return std::abs(m.intercepts()[0] - onAll.intercepts()[0]) + (m.coefficients() - onAll.coefficients()).norm();
        };
        qInfo("distance to the fit on all rows: before the update %.4g, after %.4g", distance(onA), distance(updated));
        QVERIFY(distance(updated) < 0.5 * distance(onA));
        QVERIFY(updated.scale() > 0);
    }

    void saveAndLoadPredictIdentically()
    {
        const QJsonObject c = PrepLinearFixtures::findCase(kFile, QStringLiteral("outliers_alpha1"));
        const Eigen::MatrixXd x = PrepLinearFixtures::matrix(c.value(QStringLiteral("x")));
        const HuberRegression model = fitted(c);
        HuberRegression copy;
        LinearTestSupport::load(copy, LinearTestSupport::saved(model));
        QCOMPARE(copy.predict(x), model.predict(x));
        QCOMPARE(copy.scale(), model.scale());
        QCOMPARE(LinearTestSupport::acceptedTruncation(HuberRegression(), LinearTestSupport::saved(model)), -1);
        QVERIFY_THROWS_EXCEPTION(Error, copy.predictProbabilities(x));
    }

    void parametersAreValidated()
    {
        try {
            HuberRegressionParams::fromJson(QJsonObject{{QStringLiteral("epsilon"), 0.5}});
            QFAIL("accepted");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("\"epsilon\"")) && e.message().contains(QStringLiteral(">= 1")));
        }
        HuberRegressionParams params;
        params.alpha = 0.5;
        QCOMPARE(HuberRegressionParams::fromJson(params.toJson()).toJson(), params.toJson());
    }
};

QTEST_GUILESS_MAIN(TestHuberRegression)
#include "test_huber_regression.moc"
