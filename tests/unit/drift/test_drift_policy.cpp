#include "model/core/error.h"
#include "model/data/table.h"
#include "model/drift/category_counts.h"
#include "model/drift/data_drift_analyzer.h"
#include "model/drift/drift_policy.h"
#include "model/drift/drift_test_registry.h"

#include <QtTest>
#include <cmath>
#include <random>

using namespace streamml::model::drift;
using streamml::model::core::Error;
using streamml::model::data::Column;
using streamml::model::data::Table;

namespace {

FeatureDrift feature(const QString &name, double p, double effect, qint64 referenceRows = 500, bool testDrift = false)
{
    FeatureDrift f;
    f.feature = name;
    f.referenceRows = referenceRows;
    f.currentRows = referenceRows;
    f.result.test = std::isnan(p) ? QStringLiteral("wasserstein") : QStringLiteral("ks");
    f.result.pValue = p;
    f.result.statistic = effect;
    f.result.effect = effect;
    f.result.drift = testDrift;
    return f;
}

std::vector<double> normalSample(quint64 seed, qsizetype size, double mean)
{
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> normal(mean, 1.0);
    std::vector<double> values;
    for (qsizetype i = 0; i < size; ++i)
        values.push_back(normal(engine));
    return values;
}

/// Categories "a", "b", "c" with the given shares, dictionary in the given order.
Column categorySample(qsizetype size, const std::vector<double> &shares, const QStringList &dictionary)
{
    std::vector<std::int32_t> codes;
    for (size_t c = 0; c < shares.size(); ++c) {
        const auto code = std::int32_t(dictionary.indexOf(QString(QChar(u'a' + char16_t(c)))));
        codes.insert(codes.end(), size_t(std::llround(shares[c] * double(size))), code);
    }
    return Column::categorical(QStringLiteral("colour"), std::move(codes), dictionary);
}

Table table(qsizetype size, double mean, const std::vector<double> &shares, const QStringList &dictionary, quint64 seed)
{
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("amount"), normalSample(seed, size, mean)));
    t.addColumn(Column::numeric(QStringLiteral("stable"), normalSample(seed + 1000, size, 0.0)));
    t.addColumn(categorySample(size, shares, dictionary));
    return t;
}

} // namespace

/// The drift decision: test choice, Benjamini–Hochberg with effect sizes, dataset share, registry, analyzer.
class TestDriftPolicy : public QObject
{
    Q_OBJECT

private slots:
    void registryNames();
    void unknownNamesThrow();
    void parametersValidate_data();
    void parametersValidate();
    void testChoice();
    void featureFlag_data();
    void featureFlag();
    void adjustmentAcrossFeatures();
    void datasetShare();
    void categoryCountsAlignDictionaries();
    void analyzerSmallReference();
    void analyzerLargeReference();
    void analyzerBadInput();
};

void TestDriftPolicy::registryNames()
{
    QCOMPARE(DriftTestRegistry::numericNames(), (QStringList{QStringLiteral("ks"), QStringLiteral("psi"), QStringLiteral("wasserstein")}));
    QCOMPARE(DriftTestRegistry::categoricalNames(),
             (QStringList{QStringLiteral("chi2"), QStringLiteral("jensenshannon"), QStringLiteral("psi")}));
    const DriftTestRegistry registry;
    for (const QString &name : DriftTestRegistry::numericNames())
        QCOMPARE(registry.numeric(name)->name(), name);
    for (const QString &name : DriftTestRegistry::categoricalNames())
        QCOMPARE(registry.categorical(name)->name(), name);
}

void TestDriftPolicy::unknownNamesThrow()
{
    try {
        DriftTestRegistry().numeric(QStringLiteral("chi2"));
        QFAIL("chi2 was accepted for a numeric feature");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), Error::Kind::Settings);
        QVERIFY2(error.message().contains(QStringLiteral("\"chi2\"")) && error.message().contains(QStringLiteral("wasserstein")),
                 qPrintable(error.message()));
    }
    QVERIFY_THROWS_EXCEPTION(Error, DriftTestRegistry().categorical(QStringLiteral("ks")));
}

void TestDriftPolicy::parametersValidate_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<DriftParameters>("parameters");
    DriftParameters p;
    p.alpha = 0;
    QTest::newRow("alpha") << QStringLiteral("alpha") << p;
    p = {};
    p.psiDrift = 0.05;
    QTest::newRow("psi bands") << QStringLiteral("psi_drift") << p;
    p = {};
    p.datasetDriftShare = 1.5;
    QTest::newRow("share") << QStringLiteral("dataset_drift_share") << p;
    p = {};
    p.numericTest = QStringLiteral("anderson");
    QTest::newRow("numeric test") << QStringLiteral("numeric_test") << p;
    p = {};
    p.categoricalTest = QStringLiteral("wasserstein");
    QTest::newRow("categorical test") << QStringLiteral("categorical_test") << p;
}

void TestDriftPolicy::parametersValidate()
{
    QFETCH(QString, key);
    QFETCH(DriftParameters, parameters);
    DriftParameters().validate();
    try {
        DriftPolicy policy(parameters);
        QFAIL("bad parameters were accepted");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), Error::Kind::Settings);
        QVERIFY2(error.message().contains(key), qPrintable(error.message()));
    }
}

void TestDriftPolicy::testChoice()
{
    const DriftPolicy policy;
    QCOMPARE(policy.numericTest(1000), QStringLiteral("ks"));
    QCOMPARE(policy.numericTest(1001), QStringLiteral("wasserstein"));
    QCOMPARE(policy.categoricalTest(50), QStringLiteral("chi2"));
    QCOMPARE(policy.categoricalTest(5000), QStringLiteral("jensenshannon"));
    DriftParameters fixed;
    fixed.numericTest = QStringLiteral("psi");
    fixed.categoricalTest = QStringLiteral("psi");
    QCOMPARE(DriftPolicy(fixed).numericTest(10), QStringLiteral("psi"));
    QCOMPARE(DriftPolicy(fixed).categoricalTest(100000), QStringLiteral("psi"));
}

void TestDriftPolicy::featureFlag_data()
{
    QTest::addColumn<double>("adjustedP");
    QTest::addColumn<double>("effect");
    QTest::addColumn<qint64>("referenceRows");
    QTest::addColumn<bool>("testDrift");
    QTest::addColumn<bool>("drifted");
    const double nan = std::nan("");
    QTest::newRow("significant and large") << 0.001 << 0.3 << qint64(500) << false << true;
    QTest::newRow("significant but meaningless") << 1e-9 << 0.02 << qint64(500) << false << false;
    QTest::newRow("large but not significant") << 0.2 << 0.4 << qint64(500) << false << false;
    QTest::newRow("at alpha is not below it") << 0.05 << 0.4 << qint64(500) << false << false;
    QTest::newRow("large reference: effect decides") << 0.9 << 0.15 << qint64(5000) << false << true;
    QTest::newRow("large reference: small effect") << 1e-30 << 0.05 << qint64(5000) << false << false;
    QTest::newRow("distance over its threshold") << nan << 0.2 << qint64(5000) << true << true;
    QTest::newRow("distance under its threshold") << nan << 0.05 << qint64(5000) << false << false;
}

void TestDriftPolicy::featureFlag()
{
    QFETCH(double, adjustedP);
    QFETCH(double, effect);
    QFETCH(qint64, referenceRows);
    QFETCH(bool, testDrift);
    QFETCH(bool, drifted);
    FeatureDrift f = feature(QStringLiteral("x"), adjustedP, effect, referenceRows, testDrift);
    f.adjustedPValue = adjustedP;
    QCOMPARE(DriftPolicy().featureDrifted(f), drifted);
}

void TestDriftPolicy::adjustmentAcrossFeatures()
{
    // Raw p = 0.04 is below alpha, but three p-values adjust it to 0.12.
    const DatasetDrift result = DriftPolicy().decide({feature(QStringLiteral("a"), 0.04, 0.3), feature(QStringLiteral("b"), 0.5, 0.3),
                                                      feature(QStringLiteral("c"), 0.6, 0.3),
                                                      feature(QStringLiteral("d"), std::nan(""), 0.3, 5000, true)});
    QCOMPARE(result.features.size(), size_t(4));
    QVERIFY(std::abs(result.features[0].adjustedPValue - 0.12) < 1e-15);
    QVERIFY(!result.features[0].drifted);
    QVERIFY(std::isnan(result.features[3].adjustedPValue));
    QVERIFY(result.features[3].drifted);
    QCOMPARE(result.driftedFeatures(), QStringList{QStringLiteral("d")});
}

void TestDriftPolicy::datasetShare()
{
    const auto verdict = [](int driftedOutOfFour) {
        std::vector<FeatureDrift> features;
        for (int i = 0; i < 4; ++i)
            features.push_back(feature(QStringLiteral("f%1").arg(i), std::nan(""), 0.2, 5000, i < driftedOutOfFour));
        return DriftPolicy().decide(std::move(features));
    };
    QCOMPARE(verdict(1).driftShare, 0.25);
    QVERIFY(!verdict(1).drifted);
    QCOMPARE(verdict(2).driftShare, 0.5);
    QVERIFY(verdict(2).drifted); // the threshold is inclusive: share >= 0.5
    QCOMPARE(verdict(2).driftedCount, qsizetype(2));
    QVERIFY(!DriftPolicy().decide({}).drifted);
}

void TestDriftPolicy::categoryCountsAlignDictionaries()
{
    const Column reference = Column::categorical(QStringLiteral("c"), {0, 0, 1, -1, 2}, {QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("unused")});
    const Column current = Column::categorical(QStringLiteral("c"), {0, 1, 1, 2}, {QStringLiteral("blue"), QStringLiteral("red"), QStringLiteral("green")});
    const CategoryCounts counts = CategoryCounts::fromColumns(reference, current);
    QCOMPARE(counts.categories(), (QStringList{QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("unused"), QStringLiteral("green")}));
    QCOMPARE(counts.reference(), (std::vector<qint64>{2, 1, 1, 0}));
    QCOMPARE(counts.current(), (std::vector<qint64>{2, 1, 0, 1}));
    QCOMPARE(counts.referenceTotal(), qint64(4));
    // A category in the dictionaries but counted on neither side is dropped.
    const Column unused = Column::categorical(QStringLiteral("c"), {0}, {QStringLiteral("x"), QStringLiteral("y")});
    QCOMPARE(CategoryCounts::fromColumns(unused, unused).categories(), QStringList{QStringLiteral("x")});
    QVERIFY_THROWS_EXCEPTION(Error, CategoryCounts::fromColumns(Column::numeric(QStringLiteral("n"), {1.0}), current));
}

void TestDriftPolicy::analyzerSmallReference()
{
    const QStringList abc{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const QStringList cba{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")};
    const Table reference = table(400, 0.0, {0.5, 0.3, 0.2}, abc, 1);
    const Table current = table(300, 0.8, {0.2, 0.3, 0.5}, cba, 2);
    const QStringList features{QStringLiteral("amount"), QStringLiteral("stable"), QStringLiteral("colour")};
    const DatasetDrift result = DataDriftAnalyzer().analyze(reference, current, features);
    QCOMPARE(result.features.size(), size_t(3));
    QCOMPARE(result.features[0].result.test, QStringLiteral("ks"));
    QCOMPARE(result.features[2].result.test, QStringLiteral("chi2"));
    QCOMPARE(result.features[0].referenceRows, qint64(400));
    QCOMPARE(result.driftedFeatures(), (QStringList{QStringLiteral("amount"), QStringLiteral("colour")}));
    QVERIFY(result.drifted);
    // The same batch against itself drifts nowhere.
    QVERIFY(DataDriftAnalyzer().analyze(reference, reference, features).driftedFeatures().isEmpty());
}

void TestDriftPolicy::analyzerLargeReference()
{
    const QStringList abc{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    // A shift of 0.05 standard deviations is significant with 20 000 rows but below every distance threshold.
    const Table reference = table(20000, 0.0, {0.5, 0.3, 0.2}, abc, 3);
    const Table current = table(20000, 0.05, {0.49, 0.31, 0.2}, abc, 4);
    const QStringList features{QStringLiteral("amount"), QStringLiteral("colour")};
    const DatasetDrift small = DataDriftAnalyzer().analyze(reference, current, features);
    QCOMPARE(small.features[0].result.test, QStringLiteral("wasserstein"));
    QCOMPARE(small.features[1].result.test, QStringLiteral("jensenshannon"));
    QVERIFY(small.driftedFeatures().isEmpty());
    const Table shifted = table(20000, 0.5, {0.2, 0.3, 0.5}, abc, 5);
    QCOMPARE(DataDriftAnalyzer().analyze(reference, shifted, features).driftedFeatures(), features);
}

void TestDriftPolicy::analyzerBadInput()
{
    const QStringList abc{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const Table reference = table(100, 0.0, {0.5, 0.3, 0.2}, abc, 1);
    QVERIFY_THROWS_EXCEPTION(Error, DataDriftAnalyzer().analyze(reference, reference, {QStringLiteral("missing")}));
    Table allMissing;
    allMissing.addColumn(Column::missing(QStringLiteral("amount"), Column::Kind::Numeric, 10));
    try {
        DataDriftAnalyzer().analyze(reference, allMissing, {QStringLiteral("amount")});
        QFAIL("an all-missing batch column was accepted");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), Error::Kind::Input);
        QVERIFY2(error.message().contains(QStringLiteral("\"amount\"")), qPrintable(error.message()));
    }
    Table mismatched;
    mismatched.addColumn(categorySample(100, {0.5, 0.3, 0.2}, abc));
    mismatched.column(0).setName(QStringLiteral("amount"));
    QVERIFY_THROWS_EXCEPTION(Error, DataDriftAnalyzer().analyze(reference, mismatched, {QStringLiteral("amount")}));
}

QTEST_APPLESS_MAIN(TestDriftPolicy)
#include "test_drift_policy.moc"
