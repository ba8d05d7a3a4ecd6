#include "model/core/error.h"
#include "model/drift/benjamini_hochberg.h"
#include "model/drift/categorical_psi_test.h"
#include "model/drift/chi_square_test.h"
#include "model/drift/incomplete_gamma.h"
#include "model/drift/jensen_shannon_test.h"
#include "model/drift/kolmogorov_distribution.h"
#include "model/drift/ks_test.h"
#include "model/drift/numeric_psi_test.h"
#include "model/drift/smirnov_distribution.h"
#include "model/drift/two_sample_ks_distribution.h"
#include "model/drift/wasserstein_test.h"
#include "tests/unit/drift/drift_fixture.h"

#include <QJsonObject>
#include <QtTest>
#include <cmath>

using namespace streamml::model::drift;
using streamml::model::core::Error;
using streamml::tests::DriftFixture;

namespace {

// Relative agreement with scipy. The asymptotic branches (Pelz-Good, Smirnov's sum, the chi-square
// tail) reproduce scipy's own approximations, so they agree to rounding as well; the measured worst
// case is about 5e-13. The absolute floor only absorbs results that underflow to denormals.
constexpr double relativeTolerance = 1e-9;
constexpr double underflow = 1e-300;

void addCases(const QString &fixture)
{
    QTest::addColumn<QJsonObject>("fixture");
    const QJsonArray cases = DriftFixture::cases(fixture);
    QVERIFY2(cases.size() >= 20, qPrintable(fixture));
    int index = 0;
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        const QString name = c.contains(QStringLiteral("name")) ? c.value(QStringLiteral("name")).toString()
                                                                 : QStringLiteral("case %1").arg(index);
        QTest::newRow(qPrintable(name)) << c;
        ++index;
    }
}

CategoryCounts countsOf(const QJsonObject &c)
{
    std::vector<qint64> reference = DriftFixture::counts(c.value(QStringLiteral("reference")));
    std::vector<qint64> current = DriftFixture::counts(c.value(QStringLiteral("current")));
    QStringList names = DriftFixture::categoryNames(qsizetype(reference.size()));
    return CategoryCounts(std::move(names), std::move(reference), std::move(current));
}

} // namespace

/// Checks the data-drift statistics and their special functions against scipy 1.10 / numpy values.
class TestDriftStats : public QObject
{
    Q_OBJECT

private slots:
    void kolmogorovSf_data() { addCases(QStringLiteral("kolmogorov.json")); }
    void kolmogorovSf();
    void smirnovSf_data() { addCases(QStringLiteral("smirnov.json")); }
    void smirnovSf();
    void twoSampleExact_data() { addCases(QStringLiteral("ks_exact.json")); }
    void twoSampleExact();
    void chiSquareSf_data() { addCases(QStringLiteral("chi2_sf.json")); }
    void chiSquareSf();

    void ks_data() { addCases(QStringLiteral("ks.json")); }
    void ks();
    void wasserstein_data() { addCases(QStringLiteral("wasserstein.json")); }
    void wasserstein();
    void numericPsi_data() { addCases(QStringLiteral("psi_numeric.json")); }
    void numericPsi();
    void chiSquare_data() { addCases(QStringLiteral("chi2.json")); }
    void chiSquare();
    void jensenShannon_data() { addCases(QStringLiteral("jensenshannon.json")); }
    void jensenShannon();
    void categoricalPsi_data() { addCases(QStringLiteral("psi_categorical.json")); }
    void categoricalPsi();

    void benjaminiHochbergFixture();
    void benjaminiHochbergByHand_data();
    void benjaminiHochbergByHand();

    void missingValuesAreIgnored();
    void badInputThrows();
    void verdictsFollowThresholds();
};

void TestDriftStats::kolmogorovSf()
{
    QFETCH(QJsonObject, fixture);
    const int n = fixture.value(QStringLiteral("n")).toInt();
    const double x = fixture.value(QStringLiteral("x")).toDouble();
    QVERIFY(DriftFixture::close(KolmogorovDistribution::sf(n, x), fixture.value(QStringLiteral("sf")).toDouble(),
                                relativeTolerance, underflow));
}

void TestDriftStats::smirnovSf()
{
    QFETCH(QJsonObject, fixture);
    const int n = fixture.value(QStringLiteral("n")).toInt();
    const double x = fixture.value(QStringLiteral("x")).toDouble();
    QVERIFY(DriftFixture::close(SmirnovDistribution::sf(n, x), fixture.value(QStringLiteral("sf")).toDouble(), relativeTolerance, underflow));
}

void TestDriftStats::twoSampleExact()
{
    QFETCH(QJsonObject, fixture);
    const qint64 n1 = fixture.value(QStringLiteral("n1")).toInteger();
    const qint64 n2 = fixture.value(QStringLiteral("n2")).toInteger();
    const std::optional<double> p = TwoSampleKsDistribution::exactSf(n1, n2, fixture.value(QStringLiteral("d")).toDouble());
    QCOMPARE(p.has_value(), fixture.value(QStringLiteral("success")).toBool());
    if (p)
        QVERIFY(DriftFixture::close(*p, fixture.value(QStringLiteral("pvalue")).toDouble(), relativeTolerance, underflow));
}

void TestDriftStats::chiSquareSf()
{
    QFETCH(QJsonObject, fixture);
    const double x = fixture.value(QStringLiteral("x")).toDouble();
    const double df = fixture.value(QStringLiteral("df")).toDouble();
    QVERIFY(DriftFixture::close(IncompleteGamma::upper(df / 2, x / 2), fixture.value(QStringLiteral("sf")).toDouble(), relativeTolerance, underflow));
}

void TestDriftStats::ks()
{
    QFETCH(QJsonObject, fixture);
    const DriftTestResult result = KsTest().run(DriftFixture::sample(fixture.value(QStringLiteral("reference"))),
                                                DriftFixture::sample(fixture.value(QStringLiteral("current"))));
    QCOMPARE(result.test, QStringLiteral("ks"));
    QVERIFY(DriftFixture::close(result.statistic, fixture.value(QStringLiteral("statistic")).toDouble(), relativeTolerance, underflow));
    const double expected = fixture.value(QStringLiteral("pvalue")).toDouble();
    QVERIFY(DriftFixture::close(result.pValue, expected, relativeTolerance, underflow));
    QCOMPARE(result.effect, result.statistic);
}

void TestDriftStats::wasserstein()
{
    QFETCH(QJsonObject, fixture);
    const DriftTestResult result = WassersteinTest().run(DriftFixture::sample(fixture.value(QStringLiteral("reference"))),
                                                         DriftFixture::sample(fixture.value(QStringLiteral("current"))));
    QVERIFY(DriftFixture::close(result.statistic, fixture.value(QStringLiteral("distance")).toDouble(), relativeTolerance, underflow));
    QVERIFY(DriftFixture::close(result.effect, fixture.value(QStringLiteral("normalised")).toDouble(), relativeTolerance, underflow));
    QVERIFY(std::isnan(result.pValue));
}

void TestDriftStats::numericPsi()
{
    QFETCH(QJsonObject, fixture);
    const std::vector<double> reference = DriftFixture::sample(fixture.value(QStringLiteral("reference")));
    const NumericPsiTest test;
    const std::vector<double> edges = test.edges(NumericSample(reference, QStringLiteral("reference")));
    const QJsonArray expectedEdges = fixture.value(QStringLiteral("edges")).toArray();
    QCOMPARE(qsizetype(edges.size()), expectedEdges.size());
    for (size_t i = 0; i < edges.size(); ++i)
        QCOMPARE(edges[i], expectedEdges.at(qsizetype(i)).toDouble());
    const DriftTestResult result = test.run(reference, DriftFixture::sample(fixture.value(QStringLiteral("current"))));
    QVERIFY(DriftFixture::close(result.statistic, fixture.value(QStringLiteral("psi")).toDouble(), relativeTolerance, underflow));
}

void TestDriftStats::chiSquare()
{
    QFETCH(QJsonObject, fixture);
    const CategoryCounts counts = countsOf(fixture);
    const DriftTestResult result = ChiSquareTest().run(counts);
    QVERIFY(DriftFixture::close(result.statistic, fixture.value(QStringLiteral("statistic")).toDouble(), relativeTolerance, underflow));
    QVERIFY(DriftFixture::close(result.pValue, fixture.value(QStringLiteral("pvalue")).toDouble(), relativeTolerance, underflow));
    QCOMPARE(counts.size() - 1, fixture.value(QStringLiteral("dof")).toInteger());
}

void TestDriftStats::jensenShannon()
{
    QFETCH(QJsonObject, fixture);
    const DriftTestResult result = JensenShannonTest().run(countsOf(fixture));
    QVERIFY(DriftFixture::close(result.statistic, fixture.value(QStringLiteral("distance")).toDouble(), relativeTolerance, underflow));
    QVERIFY(std::isnan(result.pValue));
}

void TestDriftStats::categoricalPsi()
{
    QFETCH(QJsonObject, fixture);
    const DriftTestResult result = CategoricalPsiTest().run(countsOf(fixture));
    QVERIFY(DriftFixture::close(result.statistic, fixture.value(QStringLiteral("psi")).toDouble(), relativeTolerance, underflow));
}

void TestDriftStats::benjaminiHochbergFixture()
{
    for (const QJsonValue &value : DriftFixture::cases(QStringLiteral("benjamini_hochberg.json"))) {
        const std::vector<double> p = DriftFixture::sample(value.toObject().value(QStringLiteral("p")));
        const std::vector<double> expected = DriftFixture::sample(value.toObject().value(QStringLiteral("adjusted")));
        const std::vector<double> adjusted = BenjaminiHochberg::adjust(p);
        QCOMPARE(adjusted.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY(DriftFixture::close(adjusted[i], expected[i], 1e-15, 1e-15));
    }
}

void TestDriftStats::benjaminiHochbergByHand_data()
{
    QTest::addColumn<std::vector<double>>("p");
    QTest::addColumn<std::vector<double>>("expected");
    QTest::newRow("empty") << std::vector<double>{} << std::vector<double>{};
    QTest::newRow("single") << std::vector<double>{0.03} << std::vector<double>{0.03};
    // Sorted 0.01, 0.02, 0.03, 0.5 -> 0.04, 0.04, 0.04, 0.5; returned in input order.
    QTest::newRow("unsorted") << std::vector<double>{0.5, 0.03, 0.01, 0.02} << std::vector<double>{0.5, 0.04, 0.04, 0.04};
    QTest::newRow("capped") << std::vector<double>{0.9, 0.8} << std::vector<double>{0.9, 0.9};
    QTest::newRow("ties") << std::vector<double>{0.02, 0.02, 0.02} << std::vector<double>{0.02, 0.02, 0.02};
    // Distances carry no p-value: NaN stays NaN and m counts only the two p-values.
    QTest::newRow("distances skipped") << std::vector<double>{0.01, std::nan(""), 0.04}
                                       << std::vector<double>{0.02, std::nan(""), 0.04};
}

void TestDriftStats::benjaminiHochbergByHand()
{
    QFETCH(std::vector<double>, p);
    QFETCH(std::vector<double>, expected);
    const std::vector<double> adjusted = BenjaminiHochberg::adjust(p);
    QCOMPARE(adjusted.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        if (std::isnan(expected[i]))
            QVERIFY(std::isnan(adjusted[i]));
        else
            QVERIFY(DriftFixture::close(adjusted[i], expected[i], 1e-15, 1e-15));
    }
}

void TestDriftStats::missingValuesAreIgnored()
{
    const double nan = std::nan("");
    const std::vector<double> reference{1, 2, nan, 3, 4};
    const std::vector<double> current{nan, 2.5, 3.5, 4.5, 5.5, nan};
    const DriftTestResult withMissing = KsTest().run(reference, current);
    const DriftTestResult without = KsTest().run({1, 2, 3, 4}, {2.5, 3.5, 4.5, 5.5});
    QCOMPARE(withMissing.statistic, without.statistic);
    QCOMPARE(withMissing.pValue, without.pValue);
    QCOMPARE(WassersteinTest().run(reference, current).statistic, WassersteinTest().run({1, 2, 3, 4}, {2.5, 3.5, 4.5, 5.5}).statistic);
}

void TestDriftStats::badInputThrows()
{
    const double nan = std::nan("");
    QVERIFY_THROWS_EXCEPTION(Error, KsTest().run({}, {1.0}));
    QVERIFY_THROWS_EXCEPTION(Error, WassersteinTest().run({1.0}, {nan, nan}));
    QVERIFY_THROWS_EXCEPTION(Error, NumericPsiTest().run({1.0, std::numeric_limits<double>::infinity()}, {1.0}));
    QVERIFY_THROWS_EXCEPTION(Error, CategoryCounts({QStringLiteral("a")}, {-1}, {2}));
    QVERIFY_THROWS_EXCEPTION(Error, CategoryCounts({QStringLiteral("a"), QStringLiteral("b")}, {1}, {2, 3}));
    QVERIFY_THROWS_EXCEPTION(Error, CategoryCounts({QStringLiteral("a"), QStringLiteral("b")}, {0, 0}, {2, 3}));
    QVERIFY_THROWS_EXCEPTION(Error, BenjaminiHochberg::adjust({0.1, 1.5}));
    QVERIFY_THROWS_EXCEPTION(Error, KsTest(1.5));
    QVERIFY_THROWS_EXCEPTION(Error, WassersteinTest(0));
    QVERIFY_THROWS_EXCEPTION(Error, PopulationStability(0.3, 0.2));
    QVERIFY_THROWS_EXCEPTION(Error, NumericPsiTest(PopulationStability(), 1));
    try {
        KsTest().run({nan}, {1.0});
        QFAIL("an all-missing sample was accepted");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("ks reference sample")), qPrintable(error.message()));
    }
}

void TestDriftStats::verdictsFollowThresholds()
{
    // Disjoint samples: p of 1 / C(8, 4) * 2 = 0.0286 < 0.05.
    QVERIFY(KsTest().run({1, 2, 3, 4}, {5, 6, 7, 8}).drift);
    QVERIFY(!KsTest(0.01).run({1, 2, 3, 4}, {5, 6, 7, 8}).drift);
    const CategoryCounts same({QStringLiteral("a"), QStringLiteral("b")}, {50, 50}, {50, 50});
    QVERIFY(!ChiSquareTest().run(same).drift);
    QVERIFY(!JensenShannonTest().run(same).drift);
    QCOMPARE(JensenShannonTest().run(same).statistic, 0.0);
    // PSI bands: about 0.16 is a moderate shift (warning), 0.81 a significant one (drift).
    const CategoryCounts moderate({QStringLiteral("a"), QStringLiteral("b")}, {50, 50}, {30, 70});
    const DriftTestResult warning = CategoricalPsiTest().run(moderate);
    QVERIFY(warning.warning && !warning.drift);
    const CategoryCounts large({QStringLiteral("a"), QStringLiteral("b")}, {50, 50}, {10, 90});
    const DriftTestResult drift = CategoricalPsiTest().run(large);
    QVERIFY(drift.drift && !drift.warning);
}

QTEST_APPLESS_MAIN(TestDriftStats)
#include "test_drift_stats.moc"
