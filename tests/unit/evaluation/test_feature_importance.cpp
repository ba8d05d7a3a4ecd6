#include "model/core/error.h"
#include "model/evaluation/explain/explainer_factory.h"
#include "model/evaluation/explain/model_explainer.h"
#include "model/evaluation/explain/permutation_importance.h"
#include "model/evaluation/explain/shap_importance.h"
#include "model/evaluation/explain/waterfall.h"
#include "model/learners/learner_factory.h"
#include "tests/unit/evaluation/explain_fixtures.h"

#include <QtTest>
#include <cmath>

using streamml::model::core::Error;
using streamml::model::evaluation::explain::DesignMap;
using streamml::model::evaluation::explain::ExplainerFactory;
using streamml::model::evaluation::explain::FeatureImportance;
using streamml::model::evaluation::explain::LocalExplanation;
using streamml::model::evaluation::explain::ModelExplainer;
using streamml::model::evaluation::explain::PermutationImportance;
using streamml::model::evaluation::explain::PermutationOptions;
using streamml::model::evaluation::explain::ShapImportance;
using streamml::model::evaluation::explain::Waterfall;
using streamml::model::learners::LearnerFactory;
using streamml::model::learners::Task;
using streamml::model::prep::PrepVariant;
using streamml::tests::ExplainFixtures;

namespace {

const QStringList kFeatures{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("Phase")};

const FeatureImportance &find(const std::vector<FeatureImportance> &importances, const QString &feature)
{
    return *std::find_if(importances.begin(), importances.end(), [&](const FeatureImportance &i) { return i.feature == feature; });
}

QString describe(const std::vector<FeatureImportance> &importances)
{
    QStringList parts;
    for (const FeatureImportance &i : importances)
        parts.append(QStringLiteral("%1 %2 ± %3").arg(i.feature).arg(i.value, 0, 'f', 4).arg(i.std, 0, 'f', 4));
    return parts.join(QStringLiteral(", "));
}

QStringList topTwo(const std::vector<FeatureImportance> &importances)
{
    QStringList names{importances[0].feature, importances[1].feature};
    names.sort();
    return names;
}

} // namespace

/// Permutation importance and mean |SHAP| on synthetic data where only some features matter; the
/// factory's choice per family; the waterfall of one row.
class TestFeatureImportance : public QObject
{
    Q_OBJECT

private slots:
    void permutationRanksTheInformativeFeaturesFirst_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("target");
        QTest::addColumn<Task>("task");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QStringList>("informative");
        // label: a and b matter (per standard deviation 1 and 2); y: a and Phase (variance 64 and 0.5; b only 0.06).
        const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
        const QStringList phaseA{QStringLiteral("Phase"), QStringLiteral("a")};
        QTest::newRow("logistic, accuracy") << "logistic_regression" << "label" << Task::Classification << "" << ab;
        QTest::newRow("logistic, log loss") << "logistic_regression" << "label" << Task::Classification << "log_loss" << ab;
        QTest::newRow("tree, r2") << "decision_tree" << "y" << Task::Regression << "" << phaseA;
        QTest::newRow("ridge, rmse") << "ridge_regression" << "y" << Task::Regression << "rmse" << phaseA;
    }
    void permutationRanksTheInformativeFeaturesFirst()
    {
        QFETCH(QString, family);
        QFETCH(QString, target);
        QFETCH(Task, task);
        QFETCH(QString, metric);
        QFETCH(QStringList, informative);
        const auto table = ExplainFixtures::synthetic(3000, 231);
        const QJsonObject hyper = family == u"decision_tree" ? QJsonObject{{"max_depth", 8}} : QJsonObject{};
        const auto model = ExplainFixtures::train(family, hyper, PrepVariant::linear(), table.slice(0, 2000), kFeatures, target, task);
        PermutationOptions options;
        options.metric = metric;
        options.repeats = 5;
        options.seed = 3;
        const std::vector<FeatureImportance> importances = PermutationImportance(options).compute(*model, table.slice(2000, 1000));
        qInfo("%s", qPrintable(describe(importances)));
        QCOMPARE(int(importances.size()), 5);
        QCOMPARE(topTwo(importances), informative);
        for (const QString &noise : {QStringLiteral("c"), QStringLiteral("d")}) {
            const FeatureImportance &i = find(importances, noise);
            QVERIFY2(std::abs(i.value) < 0.2 * importances[1].value, qPrintable(noise));
        }
        for (const FeatureImportance &i : importances)
            QVERIFY(i.std >= 0 && std::isfinite(i.std));
        QVERIFY(importances[1].value > 5 * importances[1].std);
    }

    void permutationIsSeeded()
    {
        const auto table = ExplainFixtures::synthetic(600, 241);
        const auto model = ExplainFixtures::train(QStringLiteral("logistic_regression"), {}, PrepVariant::linear(), table, kFeatures,
                                                  QStringLiteral("label"), Task::Classification);
        PermutationOptions options;
        options.seed = 9;
        const auto first = PermutationImportance(options).compute(*model, table);
        const auto second = PermutationImportance(options).compute(*model, table);
        for (size_t i = 0; i < first.size(); ++i) {
            QCOMPARE(first[i].feature, second[i].feature);
            QCOMPARE(first[i].value, second[i].value);
        }
    }

    void refusesUnknownOrUnfitMetrics()
    {
        PermutationOptions unknown;
        unknown.metric = QStringLiteral("accuracy_score");
        QVERIFY_THROWS_EXCEPTION(Error, PermutationImportance{unknown});
        PermutationOptions repeats;
        repeats.repeats = 0;
        QVERIFY_THROWS_EXCEPTION(Error, PermutationImportance{repeats});
        const auto table = ExplainFixtures::synthetic(200, 251);
        const auto model = ExplainFixtures::train(QStringLiteral("logistic_regression"), {}, PrepVariant::linear(), table, kFeatures,
                                                  QStringLiteral("label"), Task::Classification);
        PermutationOptions regression;
        regression.metric = QStringLiteral("r2");
        QVERIFY_THROWS_EXCEPTION(Error, PermutationImportance(regression).compute(*model, table));
    }

    void meanAbsoluteShapRanksTheInformativeFeaturesFirst_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("method");
        QTest::newRow("tree") << "decision_tree" << "tree_shap";
        QTest::newRow("ridge") << "ridge_regression" << "linear_shap";
        QTest::newRow("knn") << "knn" << "sampling_shapley";
    }
    void meanAbsoluteShapRanksTheInformativeFeaturesFirst()
    {
        QFETCH(QString, family);
        QFETCH(QString, method);
        const auto table = ExplainFixtures::synthetic(1500, 261);
        const QJsonObject hyper = family == u"decision_tree" ? QJsonObject{{"max_depth", 8}} : QJsonObject{};
        const auto model = ExplainFixtures::train(family, hyper, PrepVariant::linear(), table.slice(0, 1000), kFeatures,
                                                  QStringLiteral("y"), Task::Regression);
        const ModelExplainer explainer(model, table.slice(0, 1000));
        QCOMPARE(explainer.explainer().method(), method);
        const std::vector<FeatureImportance> importances = explainer.shapImportance(table.slice(1000, 100));
        qInfo("%s: %s", qPrintable(method), qPrintable(describe(importances)));
        QCOMPARE(int(importances.size()), 5);
        QCOMPARE(importances[0].feature, QStringLiteral("a")); // 2·a with sd 4 against 0.5·b with sd 0.5
        if (method != u"sampling_shapley") // kNN's distances let noise columns pick other neighbours
            QVERIFY(find(importances, QStringLiteral("Phase")).value > find(importances, QStringLiteral("c")).value);
        for (size_t i = 1; i < importances.size(); ++i)
            QVERIFY(importances[i - 1].value >= importances[i].value);

        // Per design column too: the one-hot columns of Phase stay apart.
        const auto design = ShapImportance::meanAbsolute(explainer.explainer(), model->design(table.slice(1000, 20)));
        const bool grouped = method == u"sampling_shapley";
        QCOMPARE(qsizetype(design.size()), grouped ? qsizetype(5) : model->designNames().size());
    }

    void factoryChoosesByFamily_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<Task>("task");
        QTest::addColumn<QString>("method");
        QTest::newRow("decision_tree") << "decision_tree" << Task::Classification << "tree_shap";
        QTest::newRow("logistic_regression") << "logistic_regression" << Task::Classification << "linear_shap";
        QTest::newRow("ridge_regression") << "ridge_regression" << Task::Regression << "linear_shap";
        QTest::newRow("huber_regression") << "huber_regression" << Task::Regression << "linear_shap";
        QTest::newRow("sgd_linear") << "sgd_linear" << Task::Classification << "linear_shap";
        QTest::newRow("knn") << "knn" << Task::Regression << "sampling_shapley";
        QTest::newRow("hoeffding_tree") << "hoeffding_tree" << Task::Classification << "sampling_shapley";
    }
    void factoryChoosesByFamily()
    {
        QFETCH(QString, family);
        QFETCH(Task, task);
        QFETCH(QString, method);
        const Eigen::MatrixXd x = ExplainFixtures::gaussian(300, 3, 271);
        const Eigen::VectorXd y = task == Task::Regression ? Eigen::VectorXd(x.col(0))
                                                           : Eigen::VectorXd((x.col(0).array() > 0).cast<double>());
        const std::shared_ptr<streamml::model::learners::Learner> learner =
            LearnerFactory::create(family, task, task == Task::Regression ? 0 : 2, {});
        learner->fit(x, y);
        QCOMPARE(ExplainerFactory::methodFor(*learner), method);
        const ExplainerFactory::Context context{DesignMap::plain({"x0", "x1", "x2"}), {"no", "yes"}, x.topRows(10), {}};
        const auto explainer = ExplainerFactory::create(learner, context);
        QCOMPARE(explainer->method(), method);
        const LocalExplanation e = explainer->localContributions(x.row(50));
        QCOMPARE(e.features, (QStringList{"x0", "x1", "x2"}));
        QCOMPARE(e.outputs, ExplainerFactory::outputNames(*learner, {"no", "yes"}));
        QVERIFY(std::abs((e.base + e.contributions.colwise().sum() - e.prediction).cwiseAbs().maxCoeff()) <= 1e-9);
    }

    void waterfallSortsByMagnitudeAndEndsAtThePrediction()
    {
        LocalExplanation e;
        e.scale = QStringLiteral("value");
        e.features = QStringList{"a", "b", "c", "d"};
        e.outputs = QStringList{"value"};
        e.base = Eigen::RowVectorXd::Constant(1, 10.0);
        e.contributions = Eigen::Vector4d(0.5, -3.0, 0.0, 2.0);
        e.prediction = Eigen::RowVectorXd::Constant(1, 9.5);
        const Waterfall w = Waterfall::of(e, 0, {"1", "2", "3", "4"});
        QCOMPARE(w.base, 10.0);
        QCOMPARE(w.prediction, 9.5);
        QCOMPARE(int(w.steps.size()), 4);
        QCOMPARE(w.steps[0].feature, QStringLiteral("b"));
        QCOMPARE(w.steps[0].value, QStringLiteral("2"));
        QCOMPARE(w.steps[0].start, 10.0);
        QCOMPARE(w.steps[1].feature, QStringLiteral("d"));
        QCOMPARE(w.steps[1].start, 7.0);
        QCOMPARE(w.steps[2].feature, QStringLiteral("a"));
        QCOMPARE(w.steps[3].feature, QStringLiteral("c"));
        QCOMPARE(w.steps[3].start + w.steps[3].contribution, w.prediction);
        QVERIFY_THROWS_EXCEPTION(Error, Waterfall::of(e, 1));
        QVERIFY_THROWS_EXCEPTION(Error, Waterfall::of(e, 0, {"1"}));
    }
};

QTEST_GUILESS_MAIN(TestFeatureImportance)
#include "test_feature_importance.moc"
