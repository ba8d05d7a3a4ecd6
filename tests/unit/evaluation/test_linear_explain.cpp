#include "model/core/error.h"
#include "model/evaluation/explain/coefficient_table.h"
#include "model/evaluation/explain/design_map.h"
#include "model/evaluation/explain/explainer_factory.h"
#include "model/evaluation/explain/linear_shap.h"
#include "model/evaluation/explain/linear_terms.h"
#include "model/evaluation/explain/model_explainer.h"
#include "model/learners/learner_factory.h"
#include "model/learners/logistic_regression.h"
#include "model/learners/sgd_linear.h"
#include "tests/unit/evaluation/explain_fixtures.h"

#include <QtTest>
#include <cmath>

using streamml::model::core::Error;
using streamml::model::evaluation::explain::CoefficientTable;
using streamml::model::evaluation::explain::DesignMap;
using streamml::model::evaluation::explain::ExplainerFactory;
using streamml::model::evaluation::explain::LinearShap;
using streamml::model::evaluation::explain::LinearTerms;
using streamml::model::evaluation::explain::LocalExplanation;
using streamml::model::evaluation::explain::ModelExplainer;
using streamml::model::learners::Learner;
using streamml::model::learners::LearnerFactory;
using streamml::model::learners::Task;
using streamml::model::prep::PrepVariant;
using streamml::tests::ExplainFixtures;

namespace {

const QStringList kFeatures{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("Phase")};

/// The learner's linear score for design rows: what LinearSHAP explains.
Eigen::MatrixXd scores(const Learner &learner, const Eigen::MatrixXd &x)
{
    if (const auto *logistic = dynamic_cast<const streamml::model::learners::LogisticRegression *>(&learner))
        return logistic->decisionFunction(x);
    if (const auto *sgd = dynamic_cast<const streamml::model::learners::SgdLinear *>(&learner))
        return sgd->decisionFunction(x);
    return learner.predict(x);
}

Eigen::VectorXd classesOf(const Eigen::MatrixXd &x, int classes)
{
    Eigen::VectorXd y(x.rows());
    for (Eigen::Index r = 0; r < x.rows(); ++r)
        y[r] = classes == 0 ? 1.5 * x(r, 0) - x(r, 1) + 0.2 * x(r, 3)
                            : double(std::clamp(int(std::floor(x(r, 0) - 0.7 * x(r, 2) + classes / 2.0)), 0, classes - 1));
    return y;
}

double standardDeviation(const std::vector<double> &values)
{
    const Eigen::Map<const Eigen::VectorXd> v(values.data(), Eigen::Index(values.size()));
    return std::sqrt((v.array() - v.mean()).square().mean());
}

} // namespace

/// LinearSHAP against brute-force Shapley values, and coefficients and odds ratios of known models.
class TestLinearExplain : public QObject
{
    Q_OBJECT

private slots:
    void linearShapEqualsBruteForce_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<Task>("task");
        QTest::addColumn<int>("classes");
        QTest::addColumn<QString>("scale");
        QTest::newRow("binary logistic") << "logistic_regression" << Task::Classification << 2 << "log_odds";
        QTest::newRow("multinomial logistic") << "logistic_regression" << Task::Classification << 3 << "margin";
        QTest::newRow("ridge") << "ridge_regression" << Task::Regression << 0 << "value";
        QTest::newRow("huber") << "huber_regression" << Task::Regression << 0 << "value";
        QTest::newRow("sgd one-vs-rest log loss") << "sgd_linear" << Task::Classification << 3 << "log_odds";
        QTest::newRow("sgd regression") << "sgd_linear" << Task::Regression << 0 << "value";
    }
    void linearShapEqualsBruteForce()
    {
        QFETCH(QString, family);
        QFETCH(Task, task);
        QFETCH(int, classes);
        QFETCH(QString, scale);
        const Eigen::MatrixXd x = ExplainFixtures::gaussian(300, 6, 71);
        const std::shared_ptr<Learner> learner = LearnerFactory::create(family, task, classes, {});
        learner->fit(x, classesOf(x, classes));
        const Eigen::MatrixXd background = x.topRows(40);
        ExplainerFactory::Context context{DesignMap::plain({"x0", "x1", "x2", "x3", "x4", "x5"}), {}, background, {}};
        const std::unique_ptr<streamml::model::evaluation::explain::Explainer> shap = ExplainerFactory::create(learner, context);
        QCOMPARE(shap->method(), QStringLiteral("linear_shap"));
        const auto f = [&](const Eigen::MatrixXd &rows) { return scores(*learner, rows); };
        double worst = 0;
        double worstGap = 0;
        const Eigen::MatrixXd rows = ExplainFixtures::gaussian(25, 6, 72);
        for (Eigen::Index r = 0; r < rows.rows(); ++r) {
            const Eigen::RowVectorXd row = rows.row(r);
            const LocalExplanation e = shap->localContributions(row);
            QCOMPARE(e.scale, scale);
            const Eigen::MatrixXd exact = ExplainFixtures::bruteForceShapley(6, [&](const std::vector<bool> &known) {
                return ExplainFixtures::interventional(f, row, background, ExplainFixtures::singletons(6), known);
            });
            worst = std::max(worst, ExplainFixtures::maxAbs(e.contributions, exact));
            worstGap = std::max(worstGap, ExplainFixtures::maxAbs(e.base + e.contributions.colwise().sum(), f(row)));
        }
        qInfo("LinearSHAP (%s) vs brute force: max |difference| = %.3g, local accuracy gap %.3g", qPrintable(family), worst, worstGap);
        QVERIFY2(worst <= 1e-9, qPrintable(QString::number(worst)));
        QVERIFY(worstGap <= 1e-9);
    }

    void rawAndStandardisedCoefficientsOfARegression()
    {
        const auto table = ExplainFixtures::synthetic(500, 81);
        const auto model = ExplainFixtures::train(QStringLiteral("ridge_regression"), {{"alpha", 1e-9}}, PrepVariant::linear(),
                                                  table, kFeatures, QStringLiteral("y"), Task::Regression);
        const DesignMap design = DesignMap::of(model->preprocessor());
        const CoefficientTable coefficients = CoefficientTable::of(model->learner(), design, {QStringLiteral("value")});
        QVERIFY(!coefficients.isLogistic());
        QCOMPARE(coefficients.scale(), QStringLiteral("value"));
        QCOMPARE(qsizetype(coefficients.rows().size()), design.size());
        const auto &rows = coefficients.rows();
        // y = 3 + 2a − 0.5b + 1.5·[Phase = Climb]: the raw coefficients are the generating ones.
        QCOMPARE(rows[0].feature, QStringLiteral("a"));
        QVERIFY(std::abs(rows[0].raw - 2.0) < 1e-3);
        QVERIFY(std::abs(rows[1].raw + 0.5) < 1e-2);
        QVERIFY(std::abs(rows[2].raw) < 1e-2);
        // The learner saw standardised columns: its coefficient is raw × the column's standard deviation.
        const double sdA = standardDeviation(table.column(QStringLiteral("a")).numbers());
        QCOMPARE(rows[0].scaler, QStringLiteral("standard"));
        QVERIFY(std::abs(rows[0].scale / sdA - 1.0) < 1e-12);
        QVERIFY(std::abs(rows[0].standardised - rows[0].raw * sdA) < 1e-9 * std::abs(rows[0].standardised));
        QCOMPARE(rows[0].standardised, LinearTerms::of(model->learner())->coefficients(0, 0));
        for (const CoefficientTable::Row &row : rows) {
            if (row.input == u"Phase") {
                QCOMPARE(row.scale, 1.0);
                QCOMPARE(row.raw, row.standardised);
            }
            QVERIFY(std::isnan(row.oddsRatio));
        }
        // Raw coefficients on raw values give the model's predictions.
        const Eigen::MatrixXd x = model->design(table);
        const Eigen::VectorXd predicted = model->predict(table).values;
        for (Eigen::Index r = 0; r < 50; ++r) {
            double raw = coefficients.intercepts()[0].raw;
            for (qsizetype c = 0; c < design.size(); ++c)
                raw += rows[size_t(c)].raw * design.inputValue(int(c), x(r, c));
            QVERIFY2(std::abs(raw - predicted[r]) <= 1e-9 * std::max(1.0, std::abs(predicted[r])),
                     qPrintable(QStringLiteral("%1 vs %2").arg(raw).arg(predicted[r])));
        }
    }

    void oddsRatiosOfAKnownLogisticModel()
    {
        // label = yes when (a − 10)/4 + 4(b + 3) + logistic noise > 0: a logistic model with raw
        // coefficients 0.25 for a and 4 for b.
        const auto table = ExplainFixtures::synthetic(20000, 91);
        const auto model = ExplainFixtures::train(QStringLiteral("logistic_regression"), {{"C", 1e6}}, PrepVariant::linear(), table,
                                                  kFeatures, QStringLiteral("label"), Task::Classification);
        const DesignMap design = DesignMap::of(model->preprocessor());
        const QStringList outputs = ExplainerFactory::outputNames(model->learner(), model->targetEncoder().classLabels());
        QCOMPARE(outputs, QStringList{QStringLiteral("yes")});
        const CoefficientTable coefficients = CoefficientTable::of(model->learner(), design, outputs);
        QVERIFY(coefficients.isLogistic());
        QCOMPARE(coefficients.scale(), QStringLiteral("log_odds"));
        const auto &rows = coefficients.rows();
        qInfo("odds ratio per unit of a: %.4f (true %.4f), of b: %.3f (true %.3f)", rows[0].oddsRatio, std::exp(0.25),
              rows[1].oddsRatio, std::exp(4.0));
        QVERIFY(std::abs(rows[0].raw - 0.25) < 0.02);
        QVERIFY(std::abs(rows[1].raw - 4.0) < 0.25);
        QVERIFY(std::abs(rows[2].raw) < 0.05);
        for (const CoefficientTable::Row &row : rows) {
            QCOMPARE(row.oddsRatio, std::exp(row.raw));
            QCOMPARE(row.standardisedOddsRatio, std::exp(row.standardised));
        }
        // Raw intercept and coefficients on raw values give the learner's log-odds.
        const Eigen::MatrixXd x = model->design(table.slice(0, 50));
        const Eigen::MatrixXd margins = scores(model->learner(), x);
        for (Eigen::Index r = 0; r < x.rows(); ++r) {
            double raw = coefficients.intercepts()[0].raw;
            for (qsizetype c = 0; c < design.size(); ++c)
                raw += rows[size_t(c)].raw * design.inputValue(int(c), x(r, c));
            QVERIFY(std::abs(raw - margins(r, 0)) <= 1e-9 * std::max(1.0, std::abs(margins(r, 0))));
        }
    }

    void multinomialHasOddsRatiosPerClass()
    {
        const auto table = ExplainFixtures::synthetic(600, 101);
        const auto model = ExplainFixtures::train(QStringLiteral("logistic_regression"), {}, PrepVariant::linear(), table, kFeatures,
                                                  QStringLiteral("kind"), Task::Classification);
        const DesignMap design = DesignMap::of(model->preprocessor());
        const QStringList outputs = ExplainerFactory::outputNames(model->learner(), model->targetEncoder().classLabels());
        QCOMPARE(outputs, (QStringList{QStringLiteral("climb"), QStringLiteral("high"), QStringLiteral("low")}));
        const CoefficientTable coefficients = CoefficientTable::of(model->learner(), design, outputs);
        QCOMPARE(coefficients.scale(), QStringLiteral("margin"));
        QCOMPARE(qsizetype(coefficients.rows().size()), 3 * design.size());
        QCOMPARE(qsizetype(coefficients.intercepts().size()), 3);
        const LinearTerms terms = *LinearTerms::of(model->learner());
        for (size_t i = 0; i < coefficients.rows().size(); ++i) {
            const CoefficientTable::Row &row = coefficients.rows()[i];
            QCOMPARE(row.output, outputs.at(qsizetype(i) / design.size()));
            QCOMPARE(row.standardised, terms.coefficients(Eigen::Index(i) / design.size(), Eigen::Index(i) % design.size()));
            QCOMPARE(row.oddsRatio, std::exp(row.raw));
        }
        // "high" rises with a; "climb" with Phase = Climb.
        const auto find = [&](const QString &output, const QString &feature) {
            for (const CoefficientTable::Row &row : coefficients.rows())
                if (row.output == output && row.feature == feature)
                    return row;
            return CoefficientTable::Row{};
        };
        QVERIFY(find(QStringLiteral("high"), QStringLiteral("a")).oddsRatio > find(QStringLiteral("low"), QStringLiteral("a")).oddsRatio);
        QVERIFY(find(QStringLiteral("climb"), QStringLiteral("Phase=Climb")).oddsRatio > 1.0);
    }

    void modelExplainerGivesLinearShapAndCoefficients()
    {
        const auto table = ExplainFixtures::synthetic(400, 111);
        const auto model = ExplainFixtures::train(QStringLiteral("logistic_regression"), {}, PrepVariant::linear(), table, kFeatures,
                                                  QStringLiteral("label"), Task::Classification);
        const ModelExplainer explainer(model, table);
        QCOMPARE(explainer.explainer().method(), QStringLiteral("linear_shap"));
        QVERIFY(explainer.coefficients().has_value());
        QVERIFY(!explainer.treeDiagram().has_value());
        const auto row = explainer.explain(table, 3);
        QCOMPARE(row.design.features, model->designNames());
        QCOMPARE(row.inputs.features, kFeatures);
        // Summing one-hot columns per input keeps local accuracy.
        QVERIFY(std::abs(row.inputs.base[0] + row.inputs.contributions.sum() - row.inputs.prediction[0]) <= 1e-9);
        QVERIFY(std::abs(row.waterfall.steps.back().start + row.waterfall.steps.back().contribution - row.waterfall.prediction) <= 1e-9);
    }

    void refusesMissingValuesInTheBackground()
    {
        const Eigen::MatrixXd x = ExplainFixtures::gaussian(50, 2, 121);
        const std::shared_ptr<Learner> ridge = LearnerFactory::create(QStringLiteral("ridge_regression"), Task::Regression, 0, {});
        ridge->fit(x, x.col(0));
        Eigen::MatrixXd background = x;
        background(3, 1) = std::nan("");
        QVERIFY_THROWS_EXCEPTION(Error, LinearShap(*LinearTerms::of(*ridge), background, {"x0", "x1"}, {"value"}));
        QVERIFY_THROWS_EXCEPTION(Error, LinearShap(*LinearTerms::of(*ridge), Eigen::MatrixXd(0, 2), {"x0", "x1"}, {"value"}));
    }
};

QTEST_GUILESS_MAIN(TestLinearExplain)
#include "test_linear_explain.moc"
