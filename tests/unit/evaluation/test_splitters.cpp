#include "model/core/error.h"
#include "model/evaluation/k_fold.h"
#include "model/evaluation/stratified_k_fold.h"
#include "model/evaluation/time_hold_out.h"
#include "model/evaluation/time_series_split.h"
#include "tests/unit/evaluation/fixture_json.h"

#include <QTest>
#include <functional>
#include <memory>

using namespace streamml::model::evaluation;
using streamml::model::core::Error;
using streamml::tests::FixtureJson;

namespace {

std::optional<quint32> seedOf(const QJsonObject &entry)
{
    const QJsonValue seed = entry[QLatin1String("seed")];
    return seed.isNull() ? std::nullopt : std::optional<quint32>(quint32(seed.toInteger()));
}

std::optional<Eigen::Index> sizeOf(const QJsonValue &value)
{
    return value.isNull() ? std::nullopt : std::optional<Eigen::Index>(value.toInteger());
}

QString labelOf(const QJsonObject &entry, const QStringList &keys)
{
    QStringList parts;
    for (const QString &key : keys) {
        const QJsonValue value = entry[key];
        parts << key + QLatin1Char('=')
                     + (value.isString() ? value.toString()
                        : value.isBool() ? QString(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                        : value.isNull() ? QStringLiteral("none")
                                         : QString::number(value.toDouble()));
    }
    return parts.join(QLatin1Char(' '));
}

void addRows(const char *section, const QStringList &keys)
{
    QTest::addColumn<QJsonObject>("entry");
    const QJsonArray entries = FixtureJson::load(QStringLiteral("splits.json"))[QLatin1String(section)].toArray();
    for (const QJsonValue &value : entries)
        QTest::newRow(qPrintable(labelOf(value.toObject(), keys))) << value.toObject();
}

/// Compares with the fixture's folds, or expects a refusal where scikit-learn raised.
void compareFolds(const QJsonObject &entry, const std::function<std::vector<Fold>()> &split)
{
    if (entry.contains(QLatin1String("error"))) {
        QVERIFY_THROWS_EXCEPTION(Error, split());
        return;
    }
    const std::vector<Fold> folds = split();
    const QJsonArray expected = entry[QLatin1String("folds")].toArray();
    QCOMPARE(qsizetype(folds.size()), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(folds[size_t(i)].train, FixtureJson::indices(expected[i][QLatin1String("train")]));
        QCOMPARE(folds[size_t(i)].test, FixtureJson::indices(expected[i][QLatin1String("test")]));
    }
}

} // namespace

/// The splitters index for index against scikit-learn's, and their refusals of bad parameters.
class TestSplitters : public QObject
{
    Q_OBJECT

private slots:
    void kFold_data() { addRows("k_fold", {"rows", "n_splits", "shuffle", "seed"}); }
    void kFold()
    {
        QFETCH(QJsonObject, entry);
        const KFold splitter(entry[QLatin1String("n_splits")].toInt(), entry[QLatin1String("shuffle")].toBool(),
                             seedOf(entry));
        compareFolds(entry, [&] { return splitter.splitRows(entry[QLatin1String("rows")].toInteger()); });
    }

    void stratifiedKFold_data() { addRows("stratified_k_fold", {"name", "n_splits", "shuffle", "seed"}); }
    void stratifiedKFold()
    {
        QFETCH(QJsonObject, entry);
        const StratifiedKFold splitter(entry[QLatin1String("n_splits")].toInt(), entry[QLatin1String("shuffle")].toBool(),
                                       seedOf(entry));
        compareFolds(entry, [&] { return splitter.split(FixtureJson::vector(entry[QLatin1String("targets")])); });
    }

    void timeSeriesSplit_data()
    {
        addRows("time_series_split", {"rows", "n_splits", "max_train_size", "test_size", "gap"});
    }
    void timeSeriesSplit()
    {
        QFETCH(QJsonObject, entry);
        const TimeSeriesSplit splitter(entry[QLatin1String("n_splits")].toInt(),
                                       sizeOf(entry[QLatin1String("max_train_size")]),
                                       sizeOf(entry[QLatin1String("test_size")]), entry[QLatin1String("gap")].toInteger());
        compareFolds(entry, [&] { return splitter.splitRows(entry[QLatin1String("rows")].toInteger()); });
    }

    void timeHoldOut_data() { addRows("hold_out", {"rows", "test_fraction"}); }
    void timeHoldOut()
    {
        QFETCH(QJsonObject, entry);
        const TimeHoldOut splitter(entry[QLatin1String("test_fraction")].toDouble());
        QJsonObject asFolds = entry;
        if (!entry.contains(QLatin1String("error")))
            asFolds.insert(QLatin1String("folds"), QJsonArray{QJsonObject{{"train", entry[QLatin1String("train")]},
                                                                          {"test", entry[QLatin1String("test")]}}});
        compareFolds(asFolds, [&] { return splitter.split(Eigen::VectorXd::Zero(entry[QLatin1String("rows")].toInteger())); });
    }

    void badParameters_data()
    {
        QTest::addColumn<std::function<void()>>("make");
        QTest::addColumn<QString>("message");
        QTest::newRow("one fold") << std::function<void()>([] { KFold(1); }) << QStringLiteral("n_splits=1");
        QTest::newRow("seed without shuffle")
            << std::function<void()>([] { StratifiedKFold(3, false, 7); }) << QStringLiteral("random_state=7");
        QTest::newRow("shuffle without seed")
            << std::function<void()>([] { KFold(3, true); }) << QStringLiteral("reproducible");
        QTest::newRow("time series one split")
            << std::function<void()>([] { TimeSeriesSplit(1); }) << QStringLiteral("n_splits=1");
        QTest::newRow("negative gap")
            << std::function<void()>([] { TimeSeriesSplit(3, std::nullopt, std::nullopt, -1); }) << QStringLiteral("gap=-1");
        QTest::newRow("zero test size")
            << std::function<void()>([] { TimeSeriesSplit(3, std::nullopt, 0); }) << QStringLiteral("test_size=0");
        QTest::newRow("zero fraction") << std::function<void()>([] { TimeHoldOut(0.0); }) << QStringLiteral("got 0");
        QTest::newRow("whole fraction") << std::function<void()>([] { TimeHoldOut(1.0); }) << QStringLiteral("got 1");
        QTest::newRow("more folds than rows")
            << std::function<void()>([] { KFold(4).splitRows(3); }) << QStringLiteral("n_splits=4");
        QTest::newRow("every class smaller than the folds")
            << std::function<void()>([] { StratifiedKFold(4).split(Eigen::VectorXd{{0, 1, 0, 1, 2}}); })
            << QStringLiteral("largest class has 2");
        QTest::newRow("NaN label")
            << std::function<void()>([] { StratifiedKFold(2).split(Eigen::VectorXd{{0, 1, std::nan(""), 1}}); })
            << QStringLiteral("row 2");
    }
    void badParameters()
    {
        QFETCH(std::function<void()>, make);
        QFETCH(QString, message);
        try {
            make();
            QFAIL("no error thrown");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        }
    }

    void stratifiedAcceptsAnyLabelValues()
    {
        // Labels are encoded by first appearance, so their values do not matter, only their pattern.
        const Eigen::VectorXd indices{{1, 0, 1, 1, 0, 2, 2, 0, 1, 2}};
        const Eigen::VectorXd values{{-3.5, 7, -3.5, -3.5, 7, 100, 100, 7, -3.5, 100}};
        const StratifiedKFold splitter(2, true, 11);
        const std::vector<Fold> expected = splitter.split(indices);
        const std::vector<Fold> actual = splitter.split(values);
        for (size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(actual[i].test, expected[i].test);
    }

    void splittersShareTheInterface()
    {
        std::vector<std::unique_ptr<Splitter>> splitters;
        splitters.push_back(std::make_unique<KFold>(3, true, 5));
        splitters.push_back(std::make_unique<StratifiedKFold>(3));
        splitters.push_back(std::make_unique<TimeSeriesSplit>(3));
        splitters.push_back(std::make_unique<TimeHoldOut>(0.25));
        const Eigen::VectorXd targets{{0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0}};
        for (const auto &splitter : splitters) {
            const std::vector<Fold> folds = splitter->split(targets);
            QCOMPARE(int(folds.size()), splitter->splitCount());
            for (const Fold &fold : folds) {
                QVERIFY(!fold.train.empty() && !fold.test.empty());
                QVERIFY(std::is_sorted(fold.train.begin(), fold.train.end()));
                QVERIFY(std::is_sorted(fold.test.begin(), fold.test.end()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSplitters)
#include "test_splitters.moc"
