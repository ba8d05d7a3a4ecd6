#include "model/core/error.h"
#include "model/quality/cleaner.h"
#include "model/quality/eda.h"
#include "model/quality/feature_engineer.h"
#include "model/quality/quality_checker.h"
#include "tests/support/test_paths.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace streamml::model;
using streamml::tests::TestPaths;

namespace {
constexpr double day = 86400000.0;
constexpr double start = 946684800000.0; // 2000-01-01

/// A clean table of `rows`: time, a normal numeric feature, a 3-level category, a yes/no target.
data::Table cleanTable(int rows, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<double> time, speed;
    std::vector<std::int32_t> phase, damaged;
    for (int i = 0; i < rows; ++i) {
        time.push_back(start + i * day / 10);
        // Box-Muller keeps the test free of distributions that differ between library versions.
        const double u = random.generateDouble() + 1e-12, v = random.generateDouble();
        speed.push_back(150 + 20 * std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * v));
        phase.push_back(std::int32_t(random.bounded(3)));
        damaged.push_back(random.bounded(10) == 0 ? 1 : 0);
    }
    return data::Table({data::Column::time(QStringLiteral("time"), time), data::Column::numeric(QStringLiteral("speed"), speed),
                        data::Column::categorical(QStringLiteral("phase"), phase, {QStringLiteral("climb"), QStringLiteral("cruise"), QStringLiteral("approach")}),
                        data::Column::categorical(QStringLiteral("damaged"), damaged, {QStringLiteral("no"), QStringLiteral("yes")})});
}

settings::SourceSettings source()
{
    settings::SourceSettings s;
    s.timeColumn = QStringLiteral("time");
    s.target = QStringLiteral("damaged");
    return s;
}

settings::QualitySettings rules()
{
    settings::QualitySettings s;
    s.validRanges.insert(QStringLiteral("speed"), {0, 400});
    s.futureToleranceMs = qint64(day);
    return s;
}

void setNumbers(data::Table &t, const QString &column, const std::function<double(qsizetype, double)> &f)
{
    const qsizetype index = t.indexOf(column);
    std::vector<double> values = t.column(index).numbers();
    for (size_t i = 0; i < values.size(); ++i)
        values[i] = f(qsizetype(i), values[i]);
    t.replaceColumn(index, data::Column::numeric(column, values));
}

quality::BatchFacts arrivedLater()
{
    quality::BatchFacts facts;
    facts.arrivedAtMs = qint64(start + 400 * day);
    return facts;
}

QStringList rulesOf(const quality::QualityReport &report)
{
    QStringList found;
    for (const auto &f : report.findings)
        found.append(f.rule + (f.column.isEmpty() ? QString() : QLatin1Char('@') + f.column));
    found.sort();
    return found;
}

QJsonObject fixture()
{
    QFile file(TestPaths::fixture(QStringLiteral("quality/eda.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing eda.json");
    return QJsonDocument::fromJson(file.readAll()).object();
}

std::vector<double> numbers(const QJsonArray &array)
{
    std::vector<double> values;
    for (const QJsonValue &v : array)
        values.push_back(v.isNull() ? std::nan("") : v.toDouble());
    return values;
}
} // namespace

/// Data-quality rules, cleaning, quarantine, EDA figures against pandas/scipy/numpy, feature engineering.
class TestQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultsTripExactlyTheirRules_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("status");
        QTest::newRow("clean") << 0 << QStringList{} << "accepted";
        QTest::newRow("60% missing") << 1 << QStringList{"missing_share@speed"} << "accepted";
        QTest::newRow("97% missing: dropped") << 2 << QStringList{"missing_share@speed"} << "cleaned";
        QTest::newRow("new category") << 3 << QStringList{"unseen_category_share@phase"} << "accepted";
        QTest::newRow("out of range: clipped") << 4 << QStringList{"out_of_range_share@speed", "outlier_share@speed"} << "cleaned";
        QTest::newRow("duplicates: dropped") << 5 << QStringList{"duplicate_share"} << "cleaned";
        QTest::newRow("constant") << 6 << QStringList{"constant@phase"} << "accepted";
        QTest::newRow("future times") << 7 << QStringList{"future_share@time"} << "accepted";
        QTest::newRow("target missing") << 8 << QStringList{"missing_share@damaged", "quarantine_target_missing_share@damaged"} << "quarantined";
        QTest::newRow("all missing") << 9 << QStringList{"missing_share@damaged", "missing_share@phase", "missing_share@speed", "quality_score",
                                                         "quarantine_missing_share", "quarantine_target_missing_share@damaged"}
                                     << "quarantined";
        QTest::newRow("too few rows") << 10 << QStringList{"min_rows"} << "quarantined";
    }

    void faultsTripExactlyTheirRules()
    {
        QFETCH(int, fault);
        QFETCH(QStringList, expected);
        QFETCH(QString, status);
        const data::Table reference = cleanTable(400, 1);
        data::Table batch = cleanTable(fault == 10 ? 10 : 200, 2);
        const qsizetype n = batch.rowCount();
        switch (fault) {
        case 1: setNumbers(batch, QStringLiteral("speed"), [](qsizetype i, double v) { return i % 5 < 3 ? std::nan("") : v; }); break;
        case 2: setNumbers(batch, QStringLiteral("speed"), [](qsizetype i, double v) { return i % 40 == 0 ? v : std::nan(""); }); break;
        case 3: {
            std::vector<std::int32_t> codes = batch.column(QStringLiteral("phase")).codes();
            for (size_t i = 0; i < codes.size(); i += 5)
                codes[i] = 3;
            batch.replaceColumn(2, data::Column::categorical(QStringLiteral("phase"), codes, {QStringLiteral("climb"), QStringLiteral("cruise"), QStringLiteral("approach"), QStringLiteral("taxi")}));
            break;
        }
        case 4: setNumbers(batch, QStringLiteral("speed"), [](qsizetype i, double v) { return i % 10 == 0 ? 900.0 : v; }); break;
        case 5: {
            std::vector<qsizetype> rows;
            for (qsizetype i = 0; i < n; ++i)
                rows.push_back(i % 10 == 0 && i > 0 ? i - 1 : i);
            batch = batch.take(rows);
            break;
        }
        case 6: batch.replaceColumn(2, data::Column::categorical(QStringLiteral("phase"), std::vector<std::int32_t>(size_t(n), 1), {QStringLiteral("climb"), QStringLiteral("cruise")})); break;
        case 7: setNumbers(batch, QStringLiteral("time"), [](qsizetype i, double v) { return i < 10 ? 4102444800000.0 : v; }); batch.replaceColumn(0, data::Column::time(QStringLiteral("time"), batch.column(0).numbers())); break;
        case 8: batch.replaceColumn(3, data::Column::missing(QStringLiteral("damaged"), data::Column::Kind::Categorical, n)); break;
        case 9:
            for (const char *column : {"speed", "phase", "damaged"})
                batch.replaceColumn(batch.indexOf(QString::fromLatin1(column)), data::Column::missing(QString::fromLatin1(column), batch.column(QString::fromLatin1(column)).kind(), n));
            break;
        default: break;
        }
        const data::ColumnRoles roles(source(), batch);
        quality::BatchFacts facts;
        facts.arrivedAtMs = qint64(start + 400 * day);
        quality::QualityReport report = quality::QualityChecker(rules()).check(batch, facts, roles, quality::ReferenceStats(reference));
        if (!report.isQuarantined())
            quality::Cleaner(rules()).clean(batch, roles, report);
        QCOMPARE(rulesOf(report), expected);
        QCOMPARE(report.status, status);
    }

    void cleaningCountsWhatItDid()
    {
        data::Table batch = cleanTable(200, 3);
        setNumbers(batch, QStringLiteral("speed"), [](qsizetype i, double v) { return i == 7 ? -5.0 : i == 9 ? 1000.0 : v; });
        std::vector<qsizetype> rows;
        for (qsizetype i = 0; i < batch.rowCount(); ++i)
            rows.push_back(i == 20 ? 19 : i);
        batch = batch.take(rows);
        const data::ColumnRoles roles(source(), batch);
        quality::QualityReport report = quality::QualityChecker(rules()).check(batch, arrivedLater(), roles, quality::ReferenceStats());
        const data::Table cleaned = quality::Cleaner(rules()).clean(batch, roles, report);
        QCOMPARE(cleaned.rowCount(), 199);
        QCOMPARE(report.actions.duplicateRowsDropped, 1);
        QCOMPARE(report.actions.valuesClipped.value(QStringLiteral("speed")), 2);
        QCOMPARE(cleaned.column(QStringLiteral("speed")).numbers()[7], 0.0);
        QCOMPARE(cleaned.column(QStringLiteral("speed")).numbers()[9], 400.0);
        QCOMPARE(report.status, QStringLiteral("cleaned"));
        QVERIFY(report.actions.describe().contains(QStringLiteral("2 values of speed clipped")));
    }

    void typeMisfitsAndLateRowsComeFromCollection()
    {
        const data::Table batch = cleanTable(200, 4);
        quality::BatchFacts facts;
        facts.typeViolations.insert(QStringLiteral("speed"), 10);
        facts.outOfOrderRows = 30;
        facts.arrivedAtMs = qint64(start + 400 * day);
        const auto report = quality::QualityChecker(rules()).check(batch, facts, data::ColumnRoles(source(), batch), quality::ReferenceStats());
        QCOMPARE(rulesOf(report), (QStringList{"out_of_order_share@time", "type_violation_share@speed"}));
        QCOMPARE(report.outOfOrderShare, 0.15);
    }

    void scoreCountsUncleanCells()
    {
        data::Table batch = cleanTable(100, 5);
        setNumbers(batch, QStringLiteral("speed"), [](qsizetype i, double v) { return i < 30 ? std::nan("") : v; });
        const auto report = quality::QualityChecker(rules()).check(batch, arrivedLater(), data::ColumnRoles(source(), batch), quality::ReferenceStats());
        // 30 of 300 learning cells (speed, phase, damaged) are missing.
        QCOMPARE(report.score, 90.0);
        QCOMPARE(report.featureMissingShare, 0.15);
    }

    void correlationsEqualPandas_data()
    {
        QTest::addColumn<int>("index");
        const QJsonArray cases = fixture().value(QStringLiteral("correlations")).toArray();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases.at(i).toObject().value(QStringLiteral("name")).toString())) << i;
    }

    void correlationsEqualPandas()
    {
        QFETCH(int, index);
        const QJsonObject c = fixture().value(QStringLiteral("correlations")).toArray().at(index).toObject();
        const QJsonObject columns = c.value(QStringLiteral("columns")).toObject();
        data::Table table;
        const QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        for (const QString &name : names)
            table.addColumn(data::Column::numeric(name, numbers(columns.value(name).toArray())));
        const quality::Eda::Correlations result = quality::Eda::correlations(table, names);
        for (const char *method : {"pearson", "spearman"}) {
            const Eigen::MatrixXd &m = QByteArray(method) == "pearson" ? result.pearson : result.spearman;
            const QJsonArray expected = c.value(QString::fromLatin1(method)).toArray();
            for (int i = 0; i < 4; ++i)
                for (int j = 0; j < 4; ++j)
                    QVERIFY2(std::abs(m(i, j) - expected.at(i).toArray().at(j).toDouble()) < 1e-12, method);
        }
    }

    void skewnessEqualsScipy()
    {
        for (const QJsonValue &c : fixture().value(QStringLiteral("skewness")).toArray()) {
            const double expected = c.toObject().value(QStringLiteral("skewness")).toDouble();
            const double actual = quality::FeatureEngineer::skewness(numbers(c.toObject().value(QStringLiteral("values")).toArray()));
            QVERIFY(std::abs(actual - expected) < 1e-10 * std::max(1.0, std::abs(expected)));
        }
    }

    void histogramsEqualNumpy()
    {
        for (const QJsonValue &c : fixture().value(QStringLiteral("histograms")).toArray()) {
            const QJsonObject o = c.toObject();
            const auto h = quality::Eda::histogram(data::Column::numeric(QStringLiteral("x"), numbers(o.value(QStringLiteral("values")).toArray())),
                                                   numbers(o.value(QStringLiteral("edges")).toArray()));
            const std::vector<double> expected = numbers(o.value(QStringLiteral("counts")).toArray());
            QCOMPARE(h.counts.size(), expected.size());
            for (size_t i = 0; i < expected.size(); ++i)
                QCOMPARE(double(h.counts[i]), expected[i]);
        }
    }

    void targetByCategoryAndMissingPatterns()
    {
        const data::Table t({data::Column::categorical(QStringLiteral("f"), {0, 0, 1, 1, 1, -1}, {QStringLiteral("a"), QStringLiteral("b")}),
                             data::Column::categorical(QStringLiteral("y"), {0, 1, 1, 1, -1, 0}, {QStringLiteral("no"), QStringLiteral("yes")}),
                             data::Column::numeric(QStringLiteral("n"), {1, std::nan(""), 3, std::nan(""), 5, std::nan("")})});
        const auto byCategory = quality::Eda::targetByCategory(t.column(QStringLiteral("f")), t.column(QStringLiteral("y")));
        QCOMPARE(byCategory.categories, (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
        QCOMPARE(byCategory.counts, (std::vector<qint64>{2, 2}));
        QCOMPARE(byCategory.labelShares(0, 1), 1.0);
        QCOMPARE(byCategory.labelShares(1, 1), 0.5);
        const auto patterns = quality::Eda::missingPatterns(t);
        QCOMPARE(patterns.size(), 4);
        QCOMPARE(patterns.first().rows, 2);
        QCOMPARE(patterns.first().missingColumns, QStringList{});
    }

    void featureEngineeringIsReproducible()
    {
        settings::FeatureSettings s;
        s.timeParts = QStringList{QStringLiteral("month"), QStringLiteral("weekday"), QStringLiteral("is_weekend")};
        s.ratios = {{QStringLiteral("a"), QStringLiteral("b")}};
        s.differences = {{QStringLiteral("a"), QStringLiteral("b")}};
        s.frequencyMinLevels = 3;
        const data::Table train({data::Column::time(QStringLiteral("t"), {start, start + day, start + 2 * day, start + 3 * day}),
                                 data::Column::numeric(QStringLiteral("a"), {1, 2, 3, 1000}),
                                 data::Column::numeric(QStringLiteral("b"), {2, 0, 1, 1}),
                                 data::Column::categorical(QStringLiteral("c"), {0, 1, 2, 0}, {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")})});
        quality::FeatureEngineer engineer(s, QStringLiteral("t"));
        engineer.fit(train, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        const data::Table out = engineer.transform(train);
        QCOMPARE(out.columnNames(), engineer.outputFeatures());
        QVERIFY(engineer.outputFeatures().contains(QStringLiteral("log1p(a)")));
        QCOMPARE(out.column(QStringLiteral("t.month")).numbers()[0], 1.0);
        QCOMPARE(out.column(QStringLiteral("t.weekday")).numbers()[0], 6.0); // 2000-01-01 was a Saturday
        QCOMPARE(out.column(QStringLiteral("t.is_weekend")).numbers()[2], 0.0);
        QVERIFY(std::isnan(out.column(QStringLiteral("a / b")).numbers()[1]));
        QCOMPARE(out.column(QStringLiteral("a - b")).numbers()[3], 999.0);
        QCOMPARE(out.column(QStringLiteral("c.frequency")).numbers()[0], 0.5);

        QByteArray bytes;
        {
            QDataStream stream(&bytes, QIODevice::WriteOnly);
            engineer.save(stream);
        }
        quality::FeatureEngineer loaded;
        QDataStream in(bytes);
        loaded.load(in);
        const data::Table unseen({data::Column::time(QStringLiteral("t"), {start + 40 * day}), data::Column::numeric(QStringLiteral("a"), {5}),
                                  data::Column::numeric(QStringLiteral("b"), {2}), data::Column::categorical(QStringLiteral("c"), {0}, {QStringLiteral("new")})});
        QCOMPARE(loaded.transform(unseen).contentHash(), engineer.transform(unseen).contentHash());
        QCOMPARE(loaded.transform(unseen).column(QStringLiteral("c.frequency")).numbers()[0], 0.0);

        QDataStream truncated(bytes.left(bytes.size() / 2));
        QVERIFY_THROWS_EXCEPTION(core::Error, loaded.load(truncated));
        QVERIFY_THROWS_EXCEPTION(core::Error, engineer.transform(data::Table({data::Column::numeric(QStringLiteral("a"), {1})})));
    }
};

QTEST_GUILESS_MAIN(TestQuality)
#include "test_quality.moc"
