#include "model/core/error.h"
#include "tests/support/shipped_data.h"
#include "model/prep/preprocessor.h"
#include "tests/unit/prep/prep_linear_fixtures.h"

#include <QBuffer>
#include <QtTest>
#include <cmath>

using namespace streamml;
using model::core::Error;
using model::data::Column;
using model::data::Table;
using model::prep::PrepVariant;
using model::prep::Preprocessor;
using tests::PrepLinearFixtures;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Table flights(std::vector<double> speeds, std::vector<std::int32_t> phaseCodes, QStringList phaseDictionary)
{
    return Table({Column::numeric(QStringLiteral("Speed"), std::move(speeds)),
                  Column::categorical(QStringLiteral("Phase"), std::move(phaseCodes), std::move(phaseDictionary))});
}

Table training()
{
    return flights({100, 120, kNaN, 140, 160, 180}, {0, 1, 2, 0, 1, -1},
                   {QStringLiteral("Climb"), QStringLiteral("Approach"), QStringLiteral("Taxi")});
}

QByteArray saved(const Preprocessor &p)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    p.save(out);
    return bytes;
}

Preprocessor loaded(const QByteArray &bytes)
{
    QDataStream in(bytes);
    Preprocessor p;
    p.load(in);
    return p;
}

QString errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

/// The fitted preparation: equal to scikit-learn, robust to unseen data, identical after save/load.
class TestPreprocessor : public QObject
{
    Q_OBJECT

private slots:
    void matchesScikitLearn_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : PrepLinearFixtures::caseNames(QStringLiteral("prep_cases.json")))
            QTest::newRow(qPrintable(name)) << name;
    }

    void matchesScikitLearn()
    {
        QFETCH(QString, name);
        const QJsonObject c = PrepLinearFixtures::findCase(QStringLiteral("prep_cases.json"), name);
        const Table train = PrepLinearFixtures::table(c.value(QStringLiteral("train")).toArray());
        const Table test = PrepLinearFixtures::table(c.value(QStringLiteral("test")).toArray());
        Preprocessor p(PrepVariant::parse(c.value(QStringLiteral("variant")).toString()));
        p.fit(train, PrepLinearFixtures::strings(c.value(QStringLiteral("features"))));
        QCOMPARE(p.outputNames(), PrepLinearFixtures::strings(c.value(QStringLiteral("expected_names"))));
        const double trainGap = PrepLinearFixtures::maxDifference(
            p.transform(train), PrepLinearFixtures::matrix(c.value(QStringLiteral("expected_train"))));
        const double testGap = PrepLinearFixtures::maxDifference(
            p.transform(test), PrepLinearFixtures::matrix(c.value(QStringLiteral("expected_test"))));
        qInfo("%s: max |difference| to scikit-learn: train %.3g, test %.3g", qPrintable(name), trainGap, testGap);
        QVERIFY(trainGap <= 1e-12);
        QVERIFY(testGap <= 1e-12);
    }

    void birdstrikesLinearVariantMatchesScikitLearn()
    {
        const QJsonObject c = PrepLinearFixtures::load(QStringLiteral("prep_birdstrikes.json"));
        const Table &data = streamml::tests::ShippedData::table();
        const Table train = data.slice(0, 3000);
        const Table test = data.slice(3000, 1000);
        Preprocessor p(PrepVariant::linear());
        p.fit(train, PrepLinearFixtures::strings(c.value(QStringLiteral("features"))));
        QCOMPARE(p.outputNames(), PrepLinearFixtures::strings(c.value(QStringLiteral("expected_names"))));
        const Eigen::MatrixXd a = p.transform(train);
        const Eigen::MatrixXd b = p.transform(test);
        const auto rows = [](const Eigen::MatrixXd &m, const QJsonValue &indexes) {
            Eigen::MatrixXd picked(indexes.toArray().size(), m.cols());
            for (qsizetype i = 0; i < picked.rows(); ++i)
                picked.row(i) = m.row(indexes.toArray().at(i).toInt());
            return picked;
        };
        const double trainGap = PrepLinearFixtures::maxDifference(
            rows(a, c.value(QStringLiteral("sample_train"))), PrepLinearFixtures::matrix(c.value(QStringLiteral("expected_train"))));
        const double testGap = PrepLinearFixtures::maxDifference(
            rows(b, c.value(QStringLiteral("sample_test"))), PrepLinearFixtures::matrix(c.value(QStringLiteral("expected_test"))));
        qInfo("birdstrikes linear variant, %d outputs: max |difference| train %.3g, test %.3g", int(a.cols()), trainGap,
              testGap);
        QVERIFY(trainGap <= 1e-12);
        QVERIFY(testGap <= 1e-12);
        const Eigen::VectorXd sumsTrain = PrepLinearFixtures::vector(c.value(QStringLiteral("column_sums_train")));
        const Eigen::VectorXd sumsTest = PrepLinearFixtures::vector(c.value(QStringLiteral("column_sums_test")));
        QVERIFY((a.colwise().sum().transpose() - sumsTrain).cwiseAbs().maxCoeff() <= 1e-9);
        QVERIFY((b.colwise().sum().transpose() - sumsTest).cwiseAbs().maxCoeff() <= 1e-9);
    }

    void unseenCategoriesNeverCrash_data()
    {
        QTest::addColumn<QString>("encoder");
        QTest::addColumn<QList<double>>("unseenRow");
        // Outputs after Speed for a row whose phase was never seen: other slot, reserved code, share 0.
        QTest::newRow("onehot") << QStringLiteral("onehot") << QList<double>{0, 0, 0, 0, 1};
        QTest::newRow("ordinal") << QStringLiteral("ordinal") << QList<double>{4};
        QTest::newRow("frequency") << QStringLiteral("frequency") << QList<double>{0};
    }

    void unseenCategoriesNeverCrash()
    {
        QFETCH(QString, encoder);
        QFETCH(QList<double>, unseenRow);
        Preprocessor p(PrepVariant::parse(QStringLiteral("encoder=%1, min_frequency=0, indicators=false").arg(encoder)));
        p.fit(training(), {QStringLiteral("Speed"), QStringLiteral("Phase")});
        // Another dictionary order, a label never seen, and dictionary entries no row uses.
        const Table batch = flights({110, 130, 150}, {1, 3, 0},
                                    {QStringLiteral("Parked"), QStringLiteral("Hover"), QStringLiteral("Cruise"),
                                     QStringLiteral("Climb")});
        const Eigen::MatrixXd x = p.transform(batch);
        QCOMPARE(x.rows(), 3);
        QVERIFY(x.allFinite());
        const Eigen::MatrixXd known = p.transform(flights({130}, {0}, {QStringLiteral("Climb")}));
        QCOMPARE(Eigen::MatrixXd(x.row(1)), known);
        for (qsizetype i = 0; i < unseenRow.size(); ++i) {
            QCOMPARE(x(0, 1 + i), unseenRow.at(i));
            QCOMPARE(x(2, 1 + i), unseenRow.at(i));
        }
    }

    void missingFeatureColumnIsNamed()
    {
        Preprocessor p;
        p.fit(training(), {QStringLiteral("Speed"), QStringLiteral("Phase")});
        const Table noPhase({Column::numeric(QStringLiteral("Speed"), {1, 2})});
        const QString message = errorOf([&] { p.transform(noPhase); });
        QVERIFY2(message.contains(QStringLiteral("\"Phase\"")), qPrintable(message));
    }

    void extraColumnsAreIgnored()
    {
        Preprocessor p;
        p.fit(training(), {QStringLiteral("Speed"), QStringLiteral("Phase")});
        Table wider({Column::numeric(QStringLiteral("Noise"), {1, 2, 3, 4, 5, 6})});
        wider.addColumn(training().column(QStringLiteral("Phase")));
        wider.addColumn(training().column(QStringLiteral("Speed")));
        QCOMPARE(p.transform(wider), p.transform(training()));
    }

    void changedColumnKindIsRefused()
    {
        Preprocessor p;
        p.fit(training(), {QStringLiteral("Speed"), QStringLiteral("Phase")});
        const Table textSpeed({Column::categorical(QStringLiteral("Speed"), {0}, {QStringLiteral("fast")}),
                               Column::categorical(QStringLiteral("Phase"), {0}, {QStringLiteral("Climb")})});
        const QString message = errorOf([&] { p.transform(textSpeed); });
        QVERIFY2(message.contains(QStringLiteral("\"Speed\"")), qPrintable(message));
        // A batch where a categorical column is entirely missing may be typed numeric: still accepted.
        const Table emptyPhase({Column::numeric(QStringLiteral("Speed"), {150}),
                                Column::missing(QStringLiteral("Phase"), Column::Kind::Numeric, 1)});
        const Eigen::MatrixXd x = p.transform(emptyPhase);
        QVERIFY(x.allFinite());
        QCOMPARE(Eigen::MatrixXd(x.row(0)), Eigen::MatrixXd(p.transform(flights({150}, {-1}, {})).row(0)));
    }

    void timeColumnIsNotAFeature()
    {
        const Table t({Column::time(QStringLiteral("When"), {0, 1})});
        const QString message = errorOf([&] { Preprocessor().fit(t, {QStringLiteral("When")}); });
        QVERIFY2(message.contains(QStringLiteral("\"When\"")) && message.contains(QStringLiteral("time")), qPrintable(message));
    }

    void saveAndLoadTransformIdentically_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("standard linear") << PrepVariant::linear().toText();
        QTest::newRow("standard tree") << PrepVariant::tree().toText();
        for (const QString &name : PrepLinearFixtures::caseNames(QStringLiteral("prep_cases.json")))
            QTest::newRow(qPrintable(name))
                << PrepLinearFixtures::findCase(QStringLiteral("prep_cases.json"), name).value(QStringLiteral("variant")).toString();
    }

    void saveAndLoadTransformIdentically()
    {
        QFETCH(QString, variant);
        const QJsonObject c = PrepLinearFixtures::findCase(QStringLiteral("prep_cases.json"), QStringLiteral("tree"));
        const Table train = PrepLinearFixtures::table(c.value(QStringLiteral("train")).toArray());
        const Table test = PrepLinearFixtures::table(c.value(QStringLiteral("test")).toArray());
        Preprocessor p(PrepVariant::parse(variant));
        p.fit(train, PrepLinearFixtures::strings(c.value(QStringLiteral("features"))));
        const Preprocessor copy = loaded(saved(p));
        QCOMPARE(copy.variant(), p.variant());
        QCOMPARE(copy.outputNames(), p.outputNames());
        QCOMPARE(PrepLinearFixtures::maxDifference(copy.transform(test), p.transform(test)), 0.0);
        QCOMPARE(saved(copy), saved(p));
    }

    void truncatedStreamIsRefused()
    {
        Preprocessor p;
        p.fit(training(), {QStringLiteral("Speed"), QStringLiteral("Phase")});
        const QByteArray bytes = saved(p);
        for (qsizetype length = 0; length < bytes.size(); ++length) {
            bool refused = false;
            try {
                loaded(bytes.left(length));
            } catch (const Error &e) {
                refused = e.kind() == Error::Kind::Model;
            }
            QVERIFY2(refused, qPrintable(QStringLiteral("a stream cut at %1 of %2 bytes was accepted").arg(length).arg(bytes.size())));
        }
    }

    void alteredStreamIsRefused()
    {
        Preprocessor p;
        p.fit(training(), {QStringLiteral("Speed"), QStringLiteral("Phase")});
        QByteArray otherTag;
        {
            QDataStream out(&otherTag, QIODevice::WriteOnly);
            out << QStringLiteral("scaler") << quint32(1);
        }
        QVERIFY(errorOf([&] { loaded(otherTag + saved(p)); }).contains(QStringLiteral("preprocessor")));
        QByteArray newer;
        {
            QDataStream out(&newer, QIODevice::WriteOnly);
            out << QStringLiteral("preprocessor") << quint32(99);
        }
        QVERIFY(errorOf([&] { loaded(newer); }).contains(QStringLiteral("99")));
    }

    void describeReportsTheLearntState()
    {
        Preprocessor p;
        p.fit(training(), {QStringLiteral("Speed"), QStringLiteral("Phase")});
        const QJsonObject d = p.describe();
        const QJsonObject speed = d.value(QStringLiteral("numeric")).toArray().at(0).toObject();
        QCOMPARE(speed.value(QStringLiteral("fill_value")).toDouble(), 140.0);
        QCOMPARE(speed.value(QStringLiteral("indicator")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("outputs")).toArray().size(), p.outputCount());
    }
};

QTEST_GUILESS_MAIN(TestPreprocessor)
#include "test_preprocessor.moc"
