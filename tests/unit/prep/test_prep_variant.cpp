#include "model/core/error.h"
#include "model/prep/prep_variant.h"

#include <QtTest>

using namespace streamml;
using model::core::Error;
using model::prep::PrepVariant;

/// Variants: the two standard ones, parsing from settings text and its error messages.
class TestPrepVariant : public QObject
{
    Q_OBJECT

private slots:
    void standardVariants()
    {
        const PrepVariant linear = PrepVariant::linear();
        QCOMPARE(linear.name, QStringLiteral("linear"));
        QCOMPARE(linear.numericImputer, QStringLiteral("median"));
        QVERIFY(linear.indicators);
        QCOMPARE(linear.encoder, QStringLiteral("onehot"));
        QCOMPARE(linear.scaler, QStringLiteral("standard"));
        QVERIFY(!linear.keepNan);
        const PrepVariant tree = PrepVariant::tree();
        QCOMPARE(tree.numericImputer, QStringLiteral("none"));
        QCOMPARE(tree.encoder, QStringLiteral("ordinal"));
        QCOMPARE(tree.scaler, QStringLiteral("none"));
        QVERIFY(tree.keepNan);
        QCOMPARE(PrepVariant::named(QStringLiteral("tree")), tree);
        linear.validate();
        tree.validate();
    }

    void parseOverridesTheNamedBase()
    {
        const PrepVariant robust = PrepVariant::parse(QStringLiteral("imputer=median, encoder=onehot, scaler=robust"));
        QCOMPARE(robust.scaler, QStringLiteral("robust"));
        QCOMPARE(robust.categoricalImputer, PrepVariant::linear().categoricalImputer);
        const PrepVariant tree = PrepVariant::parse(QStringLiteral(" name = tree , scaler = standard "));
        QCOMPARE(tree.encoder, QStringLiteral("ordinal"));
        QCOMPARE(tree.scaler, QStringLiteral("standard"));
        const PrepVariant custom = PrepVariant::parse(QStringLiteral("name=wide, max_levels=50, min_frequency=0.001, "
                                                                     "indicators=off, fill_label=absent"));
        QCOMPARE(custom.name, QStringLiteral("wide"));
        QCOMPARE(custom.maxLevels, 50);
        QCOMPARE(custom.minFrequency, 0.001);
        QVERIFY(!custom.indicators);
        QCOMPARE(custom.fillLabel, QStringLiteral("absent"));
    }

    void textRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("linear") << PrepVariant::linear().toText();
        QTest::newRow("tree") << PrepVariant::tree().toText();
        QTest::newRow("custom") << QStringLiteral("name=c, imputer=constant, fill_value=-0.1, encoder=frequency, "
                                                  "min_frequency=0.3333333333333333, fill_label=50%");
    }

    void textRoundTrip()
    {
        QFETCH(QString, text);
        const PrepVariant v = PrepVariant::parse(text);
        QCOMPARE(PrepVariant::parse(v.toText()), v);
    }

    void badTextIsRefusedByName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("unknown key") << QStringLiteral("colour=red") << QStringList{"colour", "accepted keys", "scaler"};
        QTest::newRow("unknown scaler") << QStringLiteral("scaler=zscore") << QStringList{"scaler=zscore", "standard, minmax, robust, none"};
        QTest::newRow("unknown imputer") << QStringLiteral("imputer=knn") << QStringList{"imputer=knn", "mean, median, most_frequent, constant, none"};
        QTest::newRow("unknown encoder") << QStringLiteral("encoder=hash") << QStringList{"encoder=hash", "onehot, ordinal, frequency"};
        QTest::newRow("max levels") << QStringLiteral("max_levels=0") << QStringList{"max_levels=0", "1..100000"};
        QTest::newRow("min frequency") << QStringLiteral("min_frequency=1.5") << QStringList{"min_frequency=1.5", "[0, 1)"};
        QTest::newRow("boolean") << QStringLiteral("indicators=maybe") << QStringList{"indicators=maybe", "true or false"};
        QTest::newRow("number") << QStringLiteral("fill_value=lots") << QStringList{"fill_value=lots", "a number"};
        QTest::newRow("not a pair") << QStringLiteral("scaler") << QStringList{"\"scaler\"", "key=value"};
        QTest::newRow("twice") << QStringLiteral("scaler=none, scaler=robust") << QStringList{"scaler", "twice"};
        QTest::newRow("none needs keep_nan") << QStringLiteral("imputer=none") << QStringList{"keep_nan=true"};
        QTest::newRow("keep_nan needs none") << QStringLiteral("keep_nan=true") << QStringList{"keep_nan=true", "imputer=none"};
    }

    void badTextIsRefusedByName()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, mentions);
        try {
            PrepVariant::parse(text);
            QFAIL("accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Settings);
            for (const QString &m : mentions)
                QVERIFY2(e.message().contains(m), qPrintable(e.message() + QStringLiteral(" lacks ") + m));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrepVariant)
#include "test_prep_variant.moc"
