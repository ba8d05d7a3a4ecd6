#include "model/core/error.h"
#include "model/evaluation/candidate_crossing.h"
#include "model/evaluation/search_space.h"
#include "tests/unit/evaluation/fixture_json.h"

#include <QTest>

using namespace streamml::model::evaluation;
using streamml::model::core::Error;
using streamml::tests::FixtureJson;

namespace {

QList<QJsonObject> objects(const QJsonValue &values)
{
    QList<QJsonObject> result;
    for (const QJsonValue &value : values.toArray())
        result << value.toObject();
    return result;
}

QString rowName(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("(empty)") : text;
}

} // namespace

/// Search spaces: parsing, and grids and samples equal to scikit-learn's ParameterGrid / ParameterSampler.
class TestSearchSpace : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheThreeForms()
    {
        const SearchSpace space =
            SearchSpace::parse(QStringLiteral("max_depth=2,4,8,none; min_samples_leaf=1..20 int; C=0.01..100 log; "
                                              "alpha = 0.5..1.5 uniform; criterion=gini,entropy; fit=true,false"));
        QStringList names;
        for (const SearchParameter &parameter : space.parameters())
            names << parameter.name();
        QCOMPARE(names, QStringList({"C", "alpha", "criterion", "fit", "max_depth", "min_samples_leaf"}));
        using K = SearchParameter::Kind;
        const std::vector<K> kinds{K::LogUniform, K::Uniform, K::Values, K::Values, K::Values, K::IntRange};
        for (size_t i = 0; i < kinds.size(); ++i)
            QCOMPARE(space.parameters()[i].kind(), kinds[i]);
        const SearchParameter &depth = space.parameters()[4];
        QCOMPARE(depth.gridSize(), qint64(4));
        QCOMPARE(depth.gridValue(0), QJsonValue(2));
        QVERIFY(depth.gridValue(3).isNull());
        QCOMPARE(space.parameters()[3].gridValue(0), QJsonValue(true));
        QCOMPARE(space.parameters()[2].gridValue(1), QJsonValue(QStringLiteral("entropy")));
        QCOMPARE(space.parameters()[5].gridSize(), qint64(20));
        QVERIFY_THROWS_EXCEPTION(Error, space.gridSize());
    }

    void grid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QJsonObject>>("expected");
        for (const QJsonValue &value : FixtureJson::load(QStringLiteral("search_spaces.json")).array())
            if (value.toObject().contains(QLatin1String("grid")))
                QTest::newRow(qPrintable(rowName(value[QLatin1String("text")].toString())))
                    << value[QLatin1String("text")].toString() << objects(value[QLatin1String("grid")]);
    }
    void grid()
    {
        QFETCH(QString, text);
        QFETCH(QList<QJsonObject>, expected);
        const SearchSpace space = SearchSpace::parse(text);
        QCOMPARE(space.gridSize(), qint64(expected.size()));
        QCOMPARE(space.grid(), expected);
    }

    void sample_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QList<QJsonObject>>("expected");
        for (const QJsonValue &value : FixtureJson::load(QStringLiteral("search_spaces.json")).array()) {
            const QString text = value[QLatin1String("text")].toString();
            for (const QJsonValue &sample : value[QLatin1String("samples")].toArray()) {
                const int count = sample[QLatin1String("n")].toInt();
                const auto seed = quint32(sample[QLatin1String("seed")].toInteger());
                QTest::addRow("%s n=%d seed=%u", qPrintable(rowName(text)), count, seed)
                    << text << count << seed << objects(sample[QLatin1String("candidates")]);
            }
        }
    }
    void sample()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QFETCH(quint32, seed);
        QFETCH(QList<QJsonObject>, expected);
        QCOMPARE(SearchSpace::parse(text).sample(count, seed), expected);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no equals") << "max_depth 2,4" << "max_depth 2,4";
        QTest::newRow("bad name") << "depth=2; 1x=3" << "1x=3";
        QTest::newRow("no values") << "C=" << "C=";
        QTest::newRow("empty list value") << "k=1,,3" << "k=1,,3";
        QTest::newRow("space inside a value") << "k=1 2,3" << "k=1 2,3";
        QTest::newRow("bound not a number") << "C=0.01..abc log" << "C=0.01..abc log";
        QTest::newRow("fractional int bound") << "k=1.5..4 int" << "k=1.5..4 int";
        QTest::newRow("int range reversed") << "k=5..1 int" << "k=5..1 int";
        QTest::newRow("empty continuous range") << "a=2..2" << "a=2..2";
        QTest::newRow("log from zero") << "C=0..10 log" << "C=0..10 log";
        QTest::newRow("unknown scale") << "C=1..10 cubic" << "C=1..10 cubic";
        QTest::newRow("twice") << "a=1,2; b=3; a=4" << "a=4";
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, fragment);
        try {
            SearchSpace::parse(text);
            QFAIL("no error thrown");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("\"%1\"").arg(fragment)), qPrintable(error.message()));
            if (!error.message().contains(QLatin1String("twice")))
                QVERIFY2(error.message().contains(SearchParameter::acceptedForms()), qPrintable(error.message()));
        }
    }

    void gridRefusesContinuousRanges()
    {
        try {
            SearchSpace::parse(QStringLiteral("k=1,2; C=0.1..1 log")).grid();
            QFAIL("no error thrown");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("parameter C")), qPrintable(error.message()));
        }
    }

    void gridRefusesHugeProducts()
    {
        const SearchSpace space = SearchSpace::parse(QStringLiteral("a=1..1000 int; b=1..1000 int; c=1,2"));
        QCOMPARE(space.gridSize(), qint64(2000000));
        QVERIFY_THROWS_EXCEPTION(Error, space.grid());
        QCOMPARE(space.sample(3, 1).size(), 3);
    }

    void sampleNeedsACount()
    {
        QVERIFY_THROWS_EXCEPTION(Error, SearchSpace::parse(QStringLiteral("k=1,2")).sample(0, 1));
    }

    void sampleIsReproducibleAndInRange()
    {
        const SearchSpace space = SearchSpace::parse(QStringLiteral("C=0.001..1000 log; k=3..7 int; a=-1..1"));
        const QList<QJsonObject> first = space.sample(200, 9);
        QCOMPARE(space.sample(200, 9), first);
        QVERIFY(space.sample(200, 10) != first);
        for (const QJsonObject &candidate : first) {
            QVERIFY(candidate[QLatin1String("C")].toDouble() >= 0.001 && candidate[QLatin1String("C")].toDouble() < 1000);
            QVERIFY(candidate[QLatin1String("k")].toInteger() >= 3 && candidate[QLatin1String("k")].toInteger() <= 7);
            QVERIFY(candidate[QLatin1String("a")].toDouble() >= -1 && candidate[QLatin1String("a")].toDouble() < 1);
        }
    }

    void crossingWithVariants()
    {
        const QList<QJsonObject> parameters = SearchSpace::parse(QStringLiteral("k=1,2,3")).grid();
        const QList<Candidate> crossed =
            CandidateCrossing::cross(parameters, {QStringLiteral("standard"), QStringLiteral("robust")});
        QCOMPARE(crossed.size(), 6);
        QCOMPARE(crossed[0].parameters, parameters[0]);
        QCOMPARE(crossed[0].variant, QStringLiteral("standard"));
        QCOMPARE(crossed[1].parameters, parameters[0]);
        QCOMPARE(crossed[1].variant, QStringLiteral("robust"));
        QCOMPARE(crossed[5].parameters, parameters[2]);
        QCOMPARE(crossed[5].variant, QStringLiteral("robust"));
        QVERIFY_THROWS_EXCEPTION(Error, CandidateCrossing::cross(parameters, {}));
        QVERIFY_THROWS_EXCEPTION(Error, CandidateCrossing::cross(parameters, {QStringLiteral("a"), QStringLiteral(" ")}));
        QVERIFY_THROWS_EXCEPTION(Error, CandidateCrossing::cross(parameters, {QStringLiteral("a"), QStringLiteral("a")}));
    }
};

QTEST_GUILESS_MAIN(TestSearchSpace)
#include "test_search_space.moc"
