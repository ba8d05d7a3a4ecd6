#include "model/core/progress_sink.h"
#include "model/data/csv_reader.h"
#include "model/data/profiler.h"
#include "model/data/type_inference.h"
#include "tests/support/test_paths.h"

#include <QtTest>

using namespace streamml::model;
using streamml::tests::TestPaths;

namespace {
QJsonObject fixture()
{
    QFile file(TestPaths::fixture(QStringLiteral("data/profiles.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing profiles.json");
    return QJsonDocument::fromJson(file.readAll()).object();
}

void compareFigure(double actual, const QJsonValue &expected, const char *name)
{
    if (expected.isNull()) {
        QVERIFY2(std::isnan(actual), name);
        return;
    }
    const double e = expected.toDouble();
    QVERIFY2(std::abs(actual - e) <= 1e-9 * std::max(1.0, std::abs(e)), qPrintable(QStringLiteral("%1: %2 vs %3").arg(QLatin1String(name)).arg(actual, 0, 'g', 17).arg(e, 0, 'g', 17)));
}

void compareNumeric(const data::ColumnProfile &p, const QJsonObject &e)
{
    QCOMPARE(p.rows, e.value(QStringLiteral("rows")).toInteger());
    QCOMPARE(p.missing, e.value(QStringLiteral("missing")).toInteger());
    QCOMPARE(p.distinct, e.value(QStringLiteral("distinct")).toInteger());
    compareFigure(p.mean, e.value(QStringLiteral("mean")), "mean");
    compareFigure(p.std, e.value(QStringLiteral("std")), "std");
    compareFigure(p.min, e.value(QStringLiteral("min")), "min");
    compareFigure(p.q1, e.value(QStringLiteral("q1")), "q1");
    compareFigure(p.median, e.value(QStringLiteral("median")), "median");
    compareFigure(p.q3, e.value(QStringLiteral("q3")), "q3");
    compareFigure(p.max, e.value(QStringLiteral("max")), "max");
}
} // namespace

/// Meta-parameters against pandas/numpy on the shipped dataset and on small edge cases.
class TestProfiler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallSamples_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<std::vector<double>>("values");
        const double nan = std::nan("");
        QTest::newRow("ties") << "ties" << std::vector<double>{1, 1, 2, 2, 2, 9};
        QTest::newRow("single") << "single" << std::vector<double>{4.5};
        QTest::newRow("with_missing") << "with_missing" << std::vector<double>{nan, 3.0, -1.5, nan, 10.25, 7.0, 0.0};
        QTest::newRow("negative_large") << "negative_large" << std::vector<double>{-1e9, 3.14159, 2.71828, 1e-9, 5e8};
    }

    void smallSamples()
    {
        QFETCH(QString, name);
        QFETCH(std::vector<double>, values);
        const auto p = data::Profiler().profile(data::Column::numeric(name, values));
        compareNumeric(p, fixture().value(QStringLiteral("small")).toObject().value(name).toObject());
    }

    void shippedDatasetYears_data()
    {
        QTest::addColumn<int>("year");
        QTest::newRow("1990") << 1990;
        QTest::newRow("1999") << 1999;
    }

    void shippedDatasetYears()
    {
        QFETCH(int, year);
        QFile file(TestPaths::shippedDataset());
        QVERIFY(file.open(QIODevice::ReadOnly));
        data::TypeInference::Options options;
        options.timeColumn = QStringLiteral("Flight Date");
        const data::Table all = data::TypeInference(options).type(data::CsvReader().read(file, QStringLiteral("b"), core::ProgressSink::none())).table;
        std::vector<qsizetype> rows;
        const auto &times = all.column(QStringLiteral("Flight Date")).numbers();
        for (qsizetype r = 0; r < all.rowCount(); ++r)
            if (QDateTime::fromMSecsSinceEpoch(qint64(times[size_t(r)]), QTimeZone::utc()).date().year() == year)
                rows.push_back(r);
        const data::Table batch = all.take(rows);
        const QJsonObject expected = fixture().value(QStringLiteral("years")).toObject().value(QString::number(year)).toObject();
        QCOMPARE(expected.size(), 13);
        for (const data::ColumnProfile &p : data::Profiler().profile(batch)) {
            if (p.kind == data::Column::Kind::Time)
                continue;
            const QJsonObject e = expected.value(p.column).toObject();
            QCOMPARE(data::Column::kindName(p.kind), e.value(QStringLiteral("kind")).toString());
            if (p.kind == data::Column::Kind::Numeric) {
                compareNumeric(p, e);
                continue;
            }
            QCOMPARE(p.distinct, e.value(QStringLiteral("distinct")).toInteger());
            QCOMPARE(p.missing, e.value(QStringLiteral("missing")).toInteger());
            const QJsonArray top = e.value(QStringLiteral("top")).toArray();
            QCOMPARE(p.topCategories.size(), top.size());
            for (qsizetype i = 0; i < top.size(); ++i) {
                QCOMPARE(p.topCategories.at(i).first, top.at(i).toArray().at(0).toString());
                QCOMPARE(p.topCategories.at(i).second, top.at(i).toArray().at(1).toInteger());
            }
        }
    }

    void timeColumnGivesItsRange()
    {
        const auto p = data::Profiler().profile(data::Column::time(QStringLiteral("t"), {3000.0, 1000.0, std::nan(""), 2000.0}));
        QCOMPARE(p.min, 1000.0);
        QCOMPARE(p.max, 3000.0);
        QCOMPARE(p.missing, 1);
        QCOMPARE(p.missingShare, 0.25);
    }
};

QTEST_GUILESS_MAIN(TestProfiler)
#include "test_profiler.moc"
