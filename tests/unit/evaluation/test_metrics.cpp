#include "model/core/error.h"
#include "model/evaluation/metrics.h"
#include "tests/unit/evaluation/fixture_json.h"

#include <QTest>
#include <cmath>
#include <functional>
#include <limits>

using streamml::model::core::Error;
using streamml::model::evaluation::Metrics;
using streamml::tests::FixtureJson;
using Average = Metrics::Average;
using Compute = std::function<double()>;

namespace {

Eigen::VectorXd vec(std::initializer_list<double> values)
{
    Eigen::VectorXd result(Eigen::Index(values.size()));
    Eigen::Index i = 0;
    for (double v : values)
        result[i++] = v;
    return result;
}

double classification(const QString &metric, const QJsonObject &c)
{
    const Eigen::VectorXd truth = FixtureJson::vector(c[QLatin1String("truth")]);
    const Eigen::VectorXd predicted = FixtureJson::vector(c[QLatin1String("predicted")]);
    const Eigen::MatrixXd probabilities = FixtureJson::matrix(c[QLatin1String("probabilities")]);
    const bool macro = metric.endsWith(QLatin1String("_macro"));
    const QString base = macro ? metric.chopped(6) : metric;
    const Average average = macro ? Average::Macro : Average::Binary;
    if (base == QLatin1String("accuracy"))
        return Metrics::accuracy(truth, predicted);
    if (base == QLatin1String("balanced_accuracy"))
        return Metrics::balancedAccuracy(truth, predicted);
    if (base == QLatin1String("precision"))
        return Metrics::precision(truth, predicted, average);
    if (base == QLatin1String("recall"))
        return Metrics::recall(truth, predicted, average);
    if (base == QLatin1String("f1"))
        return Metrics::f1(truth, predicted, average);
    if (base == QLatin1String("roc_auc"))
        return Metrics::rocAuc(truth, probabilities);
    if (base == QLatin1String("log_loss"))
        return Metrics::logLoss(truth, probabilities);
    if (base == QLatin1String("brier"))
        return Metrics::brier(truth, probabilities);
    throw std::invalid_argument("no such metric in the test: " + metric.toStdString());
}

double regression(const QString &metric, const QJsonObject &c)
{
    const Eigen::VectorXd truth = FixtureJson::vector(c[QLatin1String("truth")]);
    const Eigen::VectorXd predicted = FixtureJson::vector(c[QLatin1String("predicted")]);
    if (metric == QLatin1String("mae"))
        return Metrics::mae(truth, predicted);
    if (metric == QLatin1String("rmse"))
        return Metrics::rmse(truth, predicted);
    if (metric == QLatin1String("r2"))
        return Metrics::r2(truth, predicted);
    if (metric == QLatin1String("mape"))
        return Metrics::mape(truth, predicted);
    throw std::invalid_argument("no such metric in the test: " + metric.toStdString());
}

/// One row per case and metric: the scikit-learn value, or NaN where scikit-learn refuses.
void addFixtureRows(const QString &file)
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QJsonObject>("fixture");
    QTest::addColumn<double>("expected");
    for (const QJsonValue &value : FixtureJson::load(file).array()) {
        const QJsonObject c = value.toObject();
        const QString name = c[QLatin1String("name")].toString();
        const QJsonObject expected = c[QLatin1String("expected")].toObject();
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QTest::addRow("%s/%s", qPrintable(name), qPrintable(it.key())) << it.key() << c << it.value().toDouble();
        for (const QJsonValue &refused : c[QLatin1String("errors")].toArray())
            QTest::addRow("%s/%s refused", qPrintable(name), qPrintable(refused.toString()))
                << refused.toString() << c << std::nan("");
    }
}

void checkAgainst(double (*compute)(const QString &, const QJsonObject &))
{
    QFETCH(QString, metric);
    QFETCH(QJsonObject, fixture);
    QFETCH(double, expected);
    if (std::isnan(expected)) {
        QVERIFY_THROWS_EXCEPTION(Error, compute(metric, fixture));
        return;
    }
    const double actual = compute(metric, fixture);
    QVERIFY2(FixtureJson::close(actual, expected),
             qPrintable(QStringLiteral("%1: got %2, scikit-learn %3").arg(metric).arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

} // namespace

/// Metrics against scikit-learn 1.2 on the committed fixtures, and their refusals of bad input.
class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void classificationFixtures_data() { addFixtureRows(QStringLiteral("metrics_classification.json")); }
    void classificationFixtures() { checkAgainst(classification); }

    void regressionFixtures_data() { addFixtureRows(QStringLiteral("metrics_regression.json")); }
    void regressionFixtures() { checkAgainst(regression); }

    void binaryAucFromScoresEqualsTwoColumnForm()
    {
        for (const QJsonValue &value : FixtureJson::load(QStringLiteral("metrics_classification.json")).array()) {
            const QJsonObject c = value.toObject();
            const Eigen::MatrixXd p = FixtureJson::matrix(c[QLatin1String("probabilities")]);
            if (p.cols() != 2 || !c[QLatin1String("expected")].toObject().contains(QLatin1String("roc_auc")))
                continue;
            const Eigen::VectorXd truth = FixtureJson::vector(c[QLatin1String("truth")]);
            QCOMPARE_EQ(Metrics::rocAuc(truth, Eigen::VectorXd(p.col(1))), Metrics::rocAuc(truth, p));
        }
    }

    void binaryAverageAcceptsClassesOneAndTwo()
    {
        // precision_score([1, 2, 2], [1, 2, 1], average="binary") == 0.5: class 1 is still the positive one.
        QCOMPARE(Metrics::precision(vec({1, 2, 2}), vec({1, 2, 1}), Average::Binary), 0.5);
    }

    void refusals_data()
    {
        QTest::addColumn<Compute>("compute");
        QTest::addColumn<QString>("message");
        const Eigen::MatrixXd twoColumns{{0.4, 0.6}, {0.7, 0.3}, {0.5, 0.5}};
        QTest::newRow("binary average with three classes")
            << Compute([] { return Metrics::f1(vec({0, 1, 2}), vec({0, 1, 1}), Average::Binary); })
            << QStringLiteral("macro");
        QTest::newRow("positive class absent")
            << Compute([] { return Metrics::recall(vec({0, 2, 2}), vec({0, 2, 0}), Average::Binary); })
            << QStringLiteral("positive class 1");
        QTest::newRow("lengths differ")
            << Compute([] { return Metrics::accuracy(vec({0, 1}), vec({0, 1, 1})); })
            << QStringLiteral("2 rows");
        QTest::newRow("no rows")
            << Compute([] { return Metrics::mae(Eigen::VectorXd(), Eigen::VectorXd()); })
            << QStringLiteral("at least one row");
        QTest::newRow("fractional label")
            << Compute([] { return Metrics::accuracy(vec({0, 1.5}), vec({0, 1})); })
            << QStringLiteral("1.5");
        QTest::newRow("label beyond the columns")
            << Compute([twoColumns] { return Metrics::logLoss(vec({0, 1, 2}), twoColumns); })
            << QStringLiteral("not a class index 0 .. 1");
        QTest::newRow("one probability column")
            << Compute([] { return Metrics::logLoss(vec({0}), Eigen::MatrixXd::Ones(1, 1)); })
            << QStringLiteral("at least two");
        QTest::newRow("probability above one")
            << Compute([] { return Metrics::brier(vec({0, 1}), Eigen::MatrixXd{{0.0, 1.0}, {0.2, 1.5}}); })
            << QStringLiteral("1.5");
        QTest::newRow("multi-class rows not summing to one")
            << Compute([] {
                   return Metrics::rocAuc(vec({0, 1, 2}), Eigen::MatrixXd{{0.5, 0.2, 0.2}, {0.1, 0.8, 0.1}, {0.2, 0.2, 0.6}});
               })
            << QStringLiteral("row 0 sums to 0.9");
        QTest::newRow("NaN score")
            << Compute([] { return Metrics::rocAuc(vec({0, 1}), vec({0.2, std::nan("")})); })
            << QStringLiteral("finite");
        QTest::newRow("infinite regression target")
            << Compute([] { return Metrics::rmse(vec({1, std::numeric_limits<double>::infinity()}), vec({1, 2})); })
            << QStringLiteral("truth");
    }
    void refusals()
    {
        QFETCH(Compute, compute);
        QFETCH(QString, message);
        try {
            compute();
            QFAIL("no error thrown");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"
