#include "model/evaluation/random_state.h"
#include "tests/unit/evaluation/fixture_json.h"

#include <QTest>

using streamml::model::evaluation::RandomState;
using streamml::tests::FixtureJson;

/// RandomState against numpy's legacy np.random.RandomState draws.
class TestRandomState : public QObject
{
    Q_OBJECT

private:
    static void addRows(const char *section, const QStringList &parameters)
    {
        QTest::addColumn<QJsonObject>("entry");
        for (const QJsonValue &value : FixtureJson::load(QStringLiteral("random_state.json"))[QLatin1String(section)].toArray()) {
            const QJsonObject entry = value.toObject();
            QStringList label;
            for (const QString &parameter : parameters)
                label << parameter + QLatin1Char('=') + QString::number(entry[parameter].toDouble(), 'g', 12);
            QTest::newRow(qPrintable(label.join(QLatin1Char(' ')))) << entry;
        }
    }

    static quint32 seedOf(const QJsonObject &entry) { return quint32(entry[QLatin1String("seed")].toInteger()); }

private slots:
    void permutation_data() { addRows("permutations", {QStringLiteral("seed"), QStringLiteral("n")}); }
    void permutation()
    {
        QFETCH(QJsonObject, entry);
        RandomState random(seedOf(entry));
        QCOMPARE(random.permutation(entry[QLatin1String("n")].toInteger()),
                 FixtureJson::indices(entry[QLatin1String("permutation")]));
    }

    void randomSample_data() { addRows("random_sample", {QStringLiteral("seed")}); }
    void randomSample()
    {
        QFETCH(QJsonObject, entry);
        RandomState random(seedOf(entry));
        for (const QJsonValue &expected : entry[QLatin1String("values")].toArray())
            QCOMPARE_EQ(random.randomSample(), expected.toDouble());
    }

    void randint_data() { addRows("randint", {QStringLiteral("seed"), QStringLiteral("high")}); }
    void randint()
    {
        QFETCH(QJsonObject, entry);
        RandomState random(seedOf(entry));
        const qint64 high = entry[QLatin1String("high")].toInteger();
        for (const QJsonValue &expected : entry[QLatin1String("values")].toArray())
            QCOMPARE(random.randint(0, high), expected.toInteger());
    }

    void uniform_data() { addRows("uniform", {QStringLiteral("seed"), QStringLiteral("low"), QStringLiteral("high")}); }
    void uniform()
    {
        QFETCH(QJsonObject, entry);
        RandomState random(seedOf(entry));
        const double low = entry[QLatin1String("low")].toDouble();
        const double high = entry[QLatin1String("high")].toDouble();
        for (const QJsonValue &expected : entry[QLatin1String("values")].toArray())
            QCOMPARE_EQ(random.uniform(low, high), expected.toDouble());
    }

    void shuffleOfEmptyAndSingleDrawsNothing()
    {
        RandomState shuffled(5), untouched(5);
        std::vector<int> empty, single{7};
        shuffled.shuffle(empty);
        shuffled.shuffle(single);
        QCOMPARE(single, std::vector<int>{7});
        QCOMPARE(shuffled.nextUint32(), untouched.nextUint32());
    }
};

QTEST_GUILESS_MAIN(TestRandomState)
#include "test_random_state.moc"
