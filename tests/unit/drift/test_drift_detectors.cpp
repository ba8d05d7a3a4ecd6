#include "model/core/error.h"
#include "model/drift/adwin.h"
#include "model/drift/ddm.h"
#include "model/drift/drift_detector_registry.h"
#include "model/drift/exponential_histogram.h"
#include "model/drift/page_hinkley.h"

#include <QtTest>
#include <cmath>
#include <random>

using namespace streamml::model::drift;
using streamml::model::core::Error;

namespace {

constexpr int seeds = 10;
constexpr qsizetype changeAt = 2000;
constexpr qsizetype streamLength = 4000;
constexpr qsizetype stationaryLength = 20000;

enum class StreamKind { Bernoulli, AbsoluteError };

/// Prequential errors: 0/1 misclassifications (rate 0.2, then 0.5) or absolute errors |N(0, s)| with
/// s = 0.3, then 0.9. The change is abrupt at `change` (no change when change >= length).
std::vector<double> makeStream(StreamKind kind, quint64 seed, qsizetype length, qsizetype change)
{
    std::mt19937_64 engine(seed);
    std::vector<double> values;
    values.reserve(size_t(length));
    for (qsizetype i = 0; i < length; ++i) {
        const bool after = i >= change;
        if (kind == StreamKind::Bernoulli)
            values.push_back(std::bernoulli_distribution(after ? 0.5 : 0.2)(engine) ? 1.0 : 0.0);
        else
            values.push_back(std::abs(std::normal_distribution<double>(0.0, after ? 0.9 : 0.3)(engine)));
    }
    return values;
}

struct Detection
{
    qsizetype delay = -1;   ///< values after the change until the first drift; -1 when missed
    int falseAlarms = 0;    ///< drifts signalled before the change
    bool warnedFirst = false;
};

Detection watch(DriftDetector &detector, const std::vector<double> &stream, qsizetype change)
{
    Detection detection;
    bool warned = false;
    for (qsizetype i = 0; i < qsizetype(stream.size()); ++i) {
        const DetectorState state = detector.update(stream[size_t(i)]);
        if (i >= change)
            warned = warned || state == DetectorState::Warning;
        if (state != DetectorState::Drift)
            continue;
        if (i < change) {
            ++detection.falseAlarms;
        } else if (detection.delay < 0) {
            detection.delay = i - change;
            detection.warnedFirst = warned;
        }
    }
    return detection;
}

} // namespace

Q_DECLARE_METATYPE(StreamKind)

/// Model-drift detectors on seeded synthetic error streams with a known abrupt change.
class TestDriftDetectors : public QObject
{
    Q_OBJECT

private slots:
    void abruptChange_data();
    void abruptChange();
    void stationaryStream_data();
    void stationaryStream();

    void ddmWarnsBeforeDrift();
    void detectorsSettleAfterDrift();
    void adwinWindowFollowsTheChange();
    void exponentialHistogramSummaries();
    void registry();
    void badInputThrows();
};

void TestDriftDetectors::abruptChange_data()
{
    QTest::addColumn<QString>("detector");
    QTest::addColumn<StreamKind>("kind");
    QTest::addColumn<double>("maxMeanDelay");
    QTest::addColumn<qsizetype>("maxDelay");
    QTest::addColumn<int>("maxFalseAlarms");
    // DDM compares with the minimum of p + s over the whole history, which a noisy early minimum can
    // set high: it is the slowest of the three and the one with occasional false alarms.
    QTest::newRow("ddm errors") << QStringLiteral("ddm") << StreamKind::Bernoulli << 400.0 << qsizetype(1500) << 4;
    QTest::newRow("adwin errors") << QStringLiteral("adwin") << StreamKind::Bernoulli << 150.0 << qsizetype(250) << 1;
    QTest::newRow("page_hinkley errors") << QStringLiteral("page_hinkley") << StreamKind::Bernoulli << 250.0 << qsizetype(350) << 1;
    QTest::newRow("adwin losses") << QStringLiteral("adwin") << StreamKind::AbsoluteError << 100.0 << qsizetype(150) << 1;
    QTest::newRow("page_hinkley losses") << QStringLiteral("page_hinkley") << StreamKind::AbsoluteError << 200.0 << qsizetype(300) << 1;
}

void TestDriftDetectors::abruptChange()
{
    QFETCH(QString, detector);
    QFETCH(StreamKind, kind);
    QFETCH(double, maxMeanDelay);
    QFETCH(qsizetype, maxDelay);
    QFETCH(int, maxFalseAlarms);
    double delaySum = 0;
    qsizetype longest = 0;
    int falseAlarms = 0;
    for (int seed = 1; seed <= seeds; ++seed) {
        const auto instance = DriftDetectorRegistry::create(detector);
        const Detection detection = watch(*instance, makeStream(kind, quint64(seed), streamLength, changeAt), changeAt);
        QVERIFY2(detection.delay >= 0, qPrintable(QStringLiteral("seed %1: the change was missed").arg(seed)));
        delaySum += double(detection.delay);
        longest = std::max(longest, detection.delay);
        falseAlarms += detection.falseAlarms;
    }
    const double meanDelay = delaySum / seeds;
    qInfo("%s: mean detection delay %.1f, longest %lld over %d seeds; %d false alarms in %lld values before the change",
          qPrintable(detector), meanDelay, qint64(longest), seeds, falseAlarms, qint64(changeAt) * seeds);
    QVERIFY(meanDelay <= maxMeanDelay);
    QVERIFY(longest <= maxDelay);
    QVERIFY(falseAlarms <= maxFalseAlarms);
}

void TestDriftDetectors::stationaryStream_data()
{
    QTest::addColumn<QString>("detector");
    QTest::addColumn<StreamKind>("kind");
    QTest::addColumn<int>("maxFalseAlarms");
    QTest::newRow("ddm errors") << QStringLiteral("ddm") << StreamKind::Bernoulli << 8;
    QTest::newRow("adwin errors") << QStringLiteral("adwin") << StreamKind::Bernoulli << 2;
    QTest::newRow("page_hinkley errors") << QStringLiteral("page_hinkley") << StreamKind::Bernoulli << 2;
    QTest::newRow("adwin losses") << QStringLiteral("adwin") << StreamKind::AbsoluteError << 2;
    QTest::newRow("page_hinkley losses") << QStringLiteral("page_hinkley") << StreamKind::AbsoluteError << 2;
}

void TestDriftDetectors::stationaryStream()
{
    QFETCH(QString, detector);
    QFETCH(StreamKind, kind);
    QFETCH(int, maxFalseAlarms);
    int falseAlarms = 0;
    for (int seed = 101; seed < 101 + seeds; ++seed) {
        const auto instance = DriftDetectorRegistry::create(detector);
        falseAlarms += watch(*instance, makeStream(kind, quint64(seed), stationaryLength, stationaryLength), stationaryLength).falseAlarms;
    }
    qInfo("%s: %d false alarms in %lld stationary values (%d seeds)", qPrintable(detector), falseAlarms,
          qint64(stationaryLength) * seeds, seeds);
    QVERIFY(falseAlarms <= maxFalseAlarms);
}

void TestDriftDetectors::ddmWarnsBeforeDrift()
{
    Ddm ddm;
    const Detection detection = watch(ddm, makeStream(StreamKind::Bernoulli, 7, streamLength, changeAt), changeAt);
    QVERIFY(detection.delay >= 0);
    QVERIFY(detection.warnedFirst);
}

void TestDriftDetectors::detectorsSettleAfterDrift()
{
    // ADWIN may cut more than once while it sheds the old level; after that every detector is quiet.
    constexpr qsizetype settling = 300;
    for (const QString &name : DriftDetectorRegistry::names()) {
        const auto detector = DriftDetectorRegistry::create(name);
        const std::vector<double> stream = makeStream(StreamKind::Bernoulli, 11, streamLength, changeAt);
        qsizetype first = -1;
        int later = 0;
        for (qsizetype i = 0; i < qsizetype(stream.size()); ++i) {
            if (detector->update(stream[size_t(i)]) != DetectorState::Drift)
                continue;
            if (first < 0)
                first = i;
            else if (i > first + settling)
                ++later;
        }
        QVERIFY2(first >= changeAt, qPrintable(name));
        QVERIFY2(later == 0, qPrintable(QStringLiteral("%1 drifted %2 more times on the new level").arg(name).arg(later)));
        detector->reset();
        QCOMPARE(detector->update(0.0), DetectorState::None);
    }
}

void TestDriftDetectors::adwinWindowFollowsTheChange()
{
    Adwin adwin;
    const std::vector<double> stream = makeStream(StreamKind::Bernoulli, 5, streamLength, changeAt);
    for (double value : stream)
        adwin.update(value);
    // The old level was cut away: the window holds mostly post-change values and their mean.
    QVERIFY2(adwin.width() < streamLength - changeAt + 200, qPrintable(QString::number(adwin.width())));
    QVERIFY(std::abs(adwin.mean() - 0.5) < 0.06);
}

void TestDriftDetectors::exponentialHistogramSummaries()
{
    ExponentialHistogram histogram(5);
    std::mt19937_64 engine(3);
    std::normal_distribution<double> normal(2.0, 1.5);
    std::vector<double> values;
    for (int i = 0; i < 100000; ++i) {
        values.push_back(normal(engine));
        histogram.add(values.back());
    }
    // O(M log W) buckets: at most M per row and about log2(W / M) + 1 rows.
    QVERIFY(histogram.rowCount() <= 16);
    qint64 counted = 0;
    for (qsizetype r = 0; r < histogram.rowCount(); ++r) {
        QVERIFY(histogram.row(r).size() <= 5);
        counted += qint64(histogram.row(r).size()) * ExponentialHistogram::bucketSize(r);
    }
    QCOMPARE(counted, histogram.width());
    const auto check = [&](size_t from) {
        double mean = 0;
        for (size_t i = from; i < values.size(); ++i)
            mean += values[i];
        mean /= double(values.size() - from);
        double squares = 0;
        for (size_t i = from; i < values.size(); ++i)
            squares += (values[i] - mean) * (values[i] - mean);
        QCOMPARE(histogram.width(), qint64(values.size() - from));
        QVERIFY(std::abs(histogram.total() / double(histogram.width()) - mean) < 1e-9);
        QVERIFY(std::abs(histogram.variance() - squares / double(values.size() - from)) < 1e-9);
    };
    check(0);
    // Dropping the oldest buckets keeps the summaries of exactly the remaining values.
    histogram.removeOldest();
    histogram.removeOldest();
    check(size_t(100000 - histogram.width()));
}

void TestDriftDetectors::registry()
{
    QCOMPARE(DriftDetectorRegistry::names(), (QStringList{QStringLiteral("adwin"), QStringLiteral("ddm"), QStringLiteral("page_hinkley")}));
    for (const QString &name : DriftDetectorRegistry::names())
        QCOMPARE(DriftDetectorRegistry::create(name)->name(), name);
    QCOMPARE(Ddm().parameters().value(QStringLiteral("min_instances")).toInt(), 30);
    QCOMPARE(Adwin().parameters().value(QStringLiteral("delta")).toDouble(), 0.002);
    const QJsonObject ph = PageHinkley().parameters();
    QCOMPARE(ph.value(QStringLiteral("lambda")).toDouble(), 50.0);
    QCOMPARE(ph.value(QStringLiteral("delta")).toDouble(), 0.005);
    QCOMPARE(ph.value(QStringLiteral("alpha")).toDouble(), 1 - 0.0001);
    try {
        DriftDetectorRegistry::create(QStringLiteral("eddm"));
        QFAIL("an unknown detector was created");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), Error::Kind::Settings);
        QVERIFY(error.message().contains(QStringLiteral("eddm")));
        QVERIFY(error.message().contains(QStringLiteral("page_hinkley")));
    }
}

void TestDriftDetectors::badInputThrows()
{
    QVERIFY_THROWS_EXCEPTION(Error, Ddm().update(2.0));
    QVERIFY_THROWS_EXCEPTION(Error, Ddm().update(std::nan("")));
    QVERIFY_THROWS_EXCEPTION(Error, Adwin().update(std::numeric_limits<double>::infinity()));
    QVERIFY_THROWS_EXCEPTION(Error, PageHinkley().update(std::nan("")));
    QVERIFY_THROWS_EXCEPTION(Error, Ddm(0));
    QVERIFY_THROWS_EXCEPTION(Error, Ddm(30, 3.0, 2.0));
    QVERIFY_THROWS_EXCEPTION(Error, Adwin(0.0));
    QVERIFY_THROWS_EXCEPTION(Error, PageHinkley(30, 0.005, -1.0));
    QVERIFY_THROWS_EXCEPTION(Error, PageHinkley(30, 0.005, 50.0, 1.5));
}

QTEST_APPLESS_MAIN(TestDriftDetectors)
#include "test_drift_detectors.moc"
