#include "model/core/error.h"
#include "model/evaluation/metric_registry.h"
#include "tests/unit/evaluation/fixture_json.h"

#include <QTest>

using streamml::model::core::Error;
using streamml::model::evaluation::MetricDefinition;
using streamml::model::evaluation::MetricRegistry;
using streamml::model::learners::Task;
using streamml::tests::FixtureJson;

namespace {

/// The expected values of a fixture case, with the refused metrics as null.
QJsonObject expectedWithNulls(const QJsonObject &fixture, const QStringList &names)
{
    QJsonObject expected;
    const QJsonObject values = fixture[QLatin1String("expected")].toObject();
    for (const QString &name : names)
        expected.insert(name, values.contains(name) ? values[name] : QJsonValue(QJsonValue::Null));
    return expected;
}

void compareMetricObjects(const QJsonObject &actual, const QJsonObject &expected)
{
    QCOMPARE(actual.keys(), expected.keys());
    for (const QString &name : expected.keys()) {
        if (expected[name].isNull()) {
            QVERIFY2(actual[name].isNull(), qPrintable(name));
            continue;
        }
        QVERIFY2(FixtureJson::close(actual[name].toDouble(), expected[name].toDouble()),
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(name).arg(actual[name].toDouble()).arg(expected[name].toDouble())));
    }
}

} // namespace

/// The metric registry: names, reading direction, applicability and the standard sets per task.
class TestMetricRegistry : public QObject
{
    Q_OBJECT

private slots:
    void definitions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Task>("task");
        QTest::addColumn<bool>("binaryOnly");
        QTest::addColumn<bool>("greaterIsBetter");
        QTest::addColumn<bool>("needsProbabilities");
        const Task c = Task::Classification, r = Task::Regression;
        QTest::newRow("accuracy") << "accuracy" << c << false << true << false;
        QTest::newRow("balanced_accuracy") << "balanced_accuracy" << c << false << true << false;
        QTest::newRow("precision") << "precision" << c << true << true << false;
        QTest::newRow("recall") << "recall" << c << true << true << false;
        QTest::newRow("f1") << "f1" << c << true << true << false;
        QTest::newRow("precision_macro") << "precision_macro" << c << false << true << false;
        QTest::newRow("recall_macro") << "recall_macro" << c << false << true << false;
        QTest::newRow("f1_macro") << "f1_macro" << c << false << true << false;
        QTest::newRow("roc_auc") << "roc_auc" << c << false << true << true;
        QTest::newRow("log_loss") << "log_loss" << c << false << false << true;
        QTest::newRow("brier") << "brier" << c << false << false << true;
        QTest::newRow("mae") << "mae" << r << false << false << false;
        QTest::newRow("rmse") << "rmse" << r << false << false << false;
        QTest::newRow("r2") << "r2" << r << false << true << false;
        QTest::newRow("mape") << "mape" << r << false << false << false;
    }
    void definitions()
    {
        QFETCH(QString, name);
        QFETCH(Task, task);
        QFETCH(bool, binaryOnly);
        QFETCH(bool, greaterIsBetter);
        QFETCH(bool, needsProbabilities);
        QVERIFY(MetricRegistry::contains(name));
        const MetricDefinition &definition = MetricRegistry::find(name);
        QCOMPARE(definition.name, name);
        QCOMPARE(definition.task, task);
        QCOMPARE(definition.binaryOnly, binaryOnly);
        QCOMPARE(definition.greaterIsBetter, greaterIsBetter);
        QCOMPARE(definition.needsProbabilities, needsProbabilities);
        QVERIFY(definition.compute != nullptr);
        QCOMPARE(definition.appliesTo(task, 2), true);
        QCOMPARE(definition.appliesTo(task, 3), !binaryOnly);
        QCOMPARE(definition.appliesTo(task == Task::Regression ? Task::Classification : Task::Regression, 2), false);
    }

    void everyMetricIsListedOnce()
    {
        QStringList names;
        for (const MetricDefinition &definition : MetricRegistry::all())
            names << definition.name;
        QCOMPARE(names.size(), 15);
        names.removeDuplicates();
        QCOMPARE(names.size(), 15);
    }

    void unknownNameListsTheKnownOnes()
    {
        QVERIFY(!MetricRegistry::contains(QStringLiteral("auc")));
        try {
            MetricRegistry::find(QStringLiteral("auc"));
            QFAIL("no error thrown");
        } catch (const Error &error) {
            QVERIFY(error.message().contains(QLatin1String("\"auc\"")));
            QVERIFY(error.message().contains(QLatin1String("roc_auc")));
        }
    }

    void standardNames()
    {
        QCOMPARE(MetricRegistry::standardNames(Task::Classification, 2),
                 QStringList({"accuracy", "balanced_accuracy", "precision", "recall", "f1", "roc_auc", "log_loss", "brier"}));
        QCOMPARE(MetricRegistry::standardNames(Task::Classification, 4),
                 QStringList({"accuracy", "balanced_accuracy", "precision_macro", "recall_macro", "f1_macro", "roc_auc",
                              "log_loss", "brier"}));
        QCOMPARE(MetricRegistry::standardNames(Task::Regression, 0), QStringList({"mae", "rmse", "r2", "mape"}));
        QVERIFY_THROWS_EXCEPTION(Error, MetricRegistry::standardNames(Task::Classification, 1));
        for (const QString &name : MetricRegistry::standardNames(Task::Classification, 3))
            QVERIFY2(MetricRegistry::find(name).appliesTo(Task::Classification, 3), qPrintable(name));
    }

    void standardClassification_data()
    {
        QTest::addColumn<QJsonObject>("fixture");
        for (const QJsonValue &value : FixtureJson::load(QStringLiteral("metrics_classification.json")).array())
            QTest::newRow(qPrintable(value[QLatin1String("name")].toString())) << value.toObject();
    }
    void standardClassification()
    {
        QFETCH(QJsonObject, fixture);
        const Eigen::MatrixXd probabilities = FixtureJson::matrix(fixture[QLatin1String("probabilities")]);
        const QJsonObject actual = MetricRegistry::computeStandard(
            Task::Classification, FixtureJson::vector(fixture[QLatin1String("truth")]),
            FixtureJson::vector(fixture[QLatin1String("predicted")]), probabilities);
        compareMetricObjects(actual, expectedWithNulls(fixture, MetricRegistry::standardNames(Task::Classification,
                                                                                              int(probabilities.cols()))));
    }

    void standardRegression_data()
    {
        QTest::addColumn<QJsonObject>("fixture");
        for (const QJsonValue &value : FixtureJson::load(QStringLiteral("metrics_regression.json")).array())
            QTest::newRow(qPrintable(value[QLatin1String("name")].toString())) << value.toObject();
    }
    void standardRegression()
    {
        QFETCH(QJsonObject, fixture);
        const QJsonObject actual = MetricRegistry::computeStandard(
            Task::Regression, FixtureJson::vector(fixture[QLatin1String("truth")]),
            FixtureJson::vector(fixture[QLatin1String("predicted")]));
        compareMetricObjects(actual, expectedWithNulls(fixture, MetricRegistry::standardNames(Task::Regression, 0)));
    }

    void badInputThrowsInsteadOfNull()
    {
        const Eigen::VectorXd truth{{0.0, 1.0, 1.0}};
        const Eigen::VectorXd shorter{{0.0, 1.0}};
        const Eigen::MatrixXd probabilities{{0.9, 0.1}, {0.2, 0.8}, {0.4, 0.6}};
        QVERIFY_THROWS_EXCEPTION(Error, MetricRegistry::computeStandard(Task::Classification, truth, shorter, probabilities));
        QVERIFY_THROWS_EXCEPTION(Error, MetricRegistry::computeStandard(Task::Classification, truth, truth));
        QVERIFY_THROWS_EXCEPTION(Error, MetricRegistry::compute({QStringLiteral("log_loss")}, truth, truth));
        QVERIFY_THROWS_EXCEPTION(Error, MetricRegistry::compute({QStringLiteral("accuracy")}, truth,
                                                                 Eigen::VectorXd{{0.0, 1.0, 2.0}}, probabilities));
        const QJsonObject values = MetricRegistry::compute({QStringLiteral("accuracy"), QStringLiteral("log_loss")},
                                                           truth, truth, probabilities);
        QCOMPARE(values[QLatin1String("accuracy")].toDouble(), 1.0);
        QVERIFY(values[QLatin1String("log_loss")].isDouble());
    }

    void binaryOnlyMetricOnThreeClassesIsNull()
    {
        const Eigen::VectorXd truth{{0.0, 1.0, 2.0}};
        const QJsonObject values = MetricRegistry::compute({QStringLiteral("f1"), QStringLiteral("f1_macro")}, truth, truth);
        QVERIFY(values[QLatin1String("f1")].isNull());
        QCOMPARE(values[QLatin1String("f1_macro")].toDouble(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestMetricRegistry)
#include "test_metric_registry.moc"
