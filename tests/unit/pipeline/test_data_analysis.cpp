#include "model/core/progress_sink.h"
#include "model/data/csv_reader.h"
#include "model/pipeline/pipeline.h"
#include "model/pipeline/reference_window.h"
#include "model/store/batch_store.h"
#include "model/store/drift_store.h"
#include "model/store/event_log.h"
#include "model/store/quality_store.h"
#include "tests/support/temp_workspace.h"
#include "tests/support/test_paths.h"

#include <QtTest>

using namespace streamml::model;
using streamml::tests::TempWorkspace;
using streamml::tests::TestPaths;

namespace {
const data::TextTable &shipped()
{
    static const data::TextTable table = [] {
        QFile file(TestPaths::shippedDataset());
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no shipped dataset");
        return data::CsvReader().read(file, QStringLiteral("birdstrikes.csv"), core::ProgressSink::none());
    }();
    return table;
}

QByteArray quoted(const QString &cell)
{
    return '"' + cell.toUtf8().replace('"', "\"\"") + '"';
}

/// The shipped rows of the given years as CSV; `change` may rewrite a row's cells (by column name).
QByteArray yearsCsv(const QStringList &years, const std::function<void(qsizetype, QHash<QString, QString> &)> &change = {})
{
    const data::TextTable &t = shipped();
    QByteArray out;
    QStringList header;
    for (const QString &name : t.header)
        header.append(QString::fromUtf8(quoted(name)));
    out += header.join(QLatin1Char(',')).toUtf8() + '\n';
    const qsizetype dateColumn = t.header.indexOf(QStringLiteral("Flight Date"));
    qsizetype taken = 0;
    for (qsizetype r = 0; r < t.rowCount(); ++r) {
        if (!years.contains(QString::fromStdString(t.cells[size_t(dateColumn)][size_t(r)]).left(4)))
            continue;
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < t.header.size(); ++c)
            row.insert(t.header.at(c), QString::fromStdString(t.cells[size_t(c)][size_t(r)]));
        if (change)
            change(taken, row);
        ++taken;
        QByteArrayList cells;
        for (const QString &name : t.header)
            cells.append(quoted(row.value(name)));
        out += cells.join(',') + '\n';
    }
    return out;
}

settings::Settings folderSettings(const TempWorkspace &dir)
{
    settings::Settings s = dir.settings(dir.path(QStringLiteral("drop")), QStringLiteral("Flight Date"));
    s.set(QStringLiteral("source"), QStringLiteral("kind"), QStringLiteral("folder"));
    s.set(QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("Effect Amount of damage"));
    s.set(QStringLiteral("source"), QStringLiteral("ignore_columns"), QStringLiteral("Cost Other,Cost Repair,Cost Total $"));
    s.set(QStringLiteral("stream"), QStringLiteral("window"), QStringLiteral("1y"));
    // Baseline outliers of the real speeds would otherwise fire in every batch and hide the injected ones.
    s.set(QStringLiteral("quality"), QStringLiteral("max_outlier_share"), QStringLiteral("0.5"));
    // Learning runs, but lightly: these tests are about quality and drift.
    s.set(QStringLiteral("models"), QStringLiteral("families"), QStringLiteral("decision_tree"));
    s.set(QStringLiteral("models"), QStringLiteral("variants"), QStringLiteral("tree"));
    s.set(QStringLiteral("models"), QStringLiteral("candidates"), QStringLiteral("2"));
    return s;
}

struct Verdict
{
    QStringList rules;
    QStringList drifted;
    QString status;
};

/// Streams 1990-1995 then the given 1996 file; returns the verdict on the 1996 batch.
Verdict verdictOn1996(const QByteArray &csv1996)
{
    TempWorkspace dir;
    dir.write(QStringLiteral("drop/01.csv"), yearsCsv({"1990", "1991", "1992", "1993", "1994", "1995"}));
    dir.write(QStringLiteral("drop/02.csv"), csv1996);
    const settings::Settings s = folderSettings(dir);
    pipeline::Pipeline p(s);
    const auto report = p.update(-1, core::ProgressSink::none());
    if (!report.ok)
        qFatal("%s", qPrintable(report.error));
    const qint64 last = report.batches.back().batchId;
    Verdict v;
    const auto quality = store::QualityStore(p.database()).find(last);
    for (const QJsonValue &f : quality->findings)
        v.rules.append(f.toObject().value(QStringLiteral("rule")).toString() + QLatin1Char('@') + f.toObject().value(QStringLiteral("column")).toString());
    v.drifted = store::DriftStore(p.database()).find(last)->driftedFeatures;
    v.status = store::BatchStore(p.database()).find(last)->status;
    v.rules.sort();
    v.drifted.sort();
    return v;
}

QStringList minus(QStringList a, const QStringList &b)
{
    a.removeIf([&](const QString &x) { return b.contains(x); });
    return a;
}
} // namespace

/// Data analysis on the shipped stream: every batch gets quality and drift figures; injected faults
/// trip exactly their rules and drift tests; an all-missing batch is quarantined and kept out of use.
class TestDataAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBatchGetsQualityAndDrift()
    {
        TempWorkspace dir;
        settings::Settings s = dir.settings(TestPaths::shippedDataset(), QStringLiteral("Flight Date"));
        s.set(QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("Effect Amount of damage"));
        s.set(QStringLiteral("source"), QStringLiteral("ignore_columns"), QStringLiteral("Cost Other,Cost Repair,Cost Total $"));
        s.set(QStringLiteral("stream"), QStringLiteral("window"), QStringLiteral("1y"));
        pipeline::Pipeline p(s);
        QVERIFY(p.update(-1, core::ProgressSink::none()).ok);
        const auto quality = store::QualityStore(p.database()).all();
        const auto drift = store::DriftStore(p.database()).all();
        QCOMPARE(quality.size(), size_t(13));
        QCOMPARE(drift.size(), size_t(12)); // the first batch has no reference
        for (const auto &q : quality) {
            QVERIFY(q.score > 90 && q.score <= 100);
            QVERIFY(QFileInfo::exists(q.reportFile));
        }
        QCOMPARE(store::QualityStore(p.database()).metrics(5).value(QStringLiteral("Speed IAS in knots")).size(), 7);
        QCOMPARE(drift.back().featuresTested, 9);
        const auto results = store::DriftStore(p.database()).results(13);
        QVERIFY(std::any_of(results.begin(), results.end(), [](const auto &r) { return r.kind == u"target"; }));
        // Speed goes missing more often over the years: the real data-quality drift the data has.
        const auto missing = store::QualityStore(p.database()).series(QStringLiteral("Speed IAS in knots"), QStringLiteral("missing_share"));
        QVERIFY(missing.value(1) < 0.15);
        QVERIFY(missing.value(12) > 0.3);
    }

    void injectedFaultsTripTheirRulesAndTests()
    {
        const Verdict clean = verdictOn1996(yearsCsv({"1996"}));
        const Verdict faulty = verdictOn1996(yearsCsv({"1996"}, [](qsizetype i, QHash<QString, QString> &row) {
            if (i % 5 < 3)
                row[QStringLiteral("Wildlife Size")] = QString();
            if (i % 5 == 0)
                row[QStringLiteral("Phase of flight")] = QStringLiteral("Hovering");
            const QString speed = row.value(QStringLiteral("Speed IAS in knots"));
            if (!speed.isEmpty())
                row[QStringLiteral("Speed IAS in knots")] = QString::number(speed.toDouble() + 60);
        }));
        QCOMPARE(minus(faulty.rules, clean.rules),
                 (QStringList{"missing_share@Wildlife Size", "unseen_category_share@Phase of flight"}));
        QCOMPARE(minus(clean.rules, faulty.rules), QStringList{});
        QCOMPARE(minus(faulty.drifted, clean.drifted), (QStringList{"Phase of flight", "Speed IAS in knots"}));
        QCOMPARE(minus(clean.drifted, faulty.drifted), QStringList{});
        QCOMPARE(faulty.status, clean.status);
    }

    void allMissingBatchIsQuarantinedAndKeptOut()
    {
        TempWorkspace dir;
        dir.write(QStringLiteral("drop/01.csv"), yearsCsv({"1990", "1991"}));
        dir.write(QStringLiteral("drop/02.csv"), yearsCsv({"1992"}, [](qsizetype, QHash<QString, QString> &row) {
            for (auto it = row.begin(); it != row.end(); ++it)
                if (it.key() != u"Flight Date")
                    it.value().clear();
        }));
        dir.write(QStringLiteral("drop/03.csv"), yearsCsv({"1993"}));
        const settings::Settings s = folderSettings(dir);
        pipeline::Pipeline p(s);
        QVERIFY(p.update(-1, core::ProgressSink::none()).ok);
        const auto batches = store::BatchStore(p.database()).list();
        QCOMPARE(batches.size(), size_t(4));
        QCOMPARE(batches[2].status, QStringLiteral("quarantined"));
        QVERIFY2(batches[2].reasons.contains(QStringLiteral("quarantine_missing_share")), qPrintable(batches[2].reasons));
        std::vector<store::EventLog::Event> quarantines;
        for (const auto &e : store::EventLog(p.database()).list())
            if (e.kind == u"quarantine")
                quarantines.push_back(e);
        QCOMPARE(quarantines.size(), size_t(1));
        QCOMPARE(quarantines.front().batchId, batches[2].id);
        QCOMPARE(store::DriftStore(p.database()).find(batches[3].id)->referenceBatches, (std::vector<qint64>{1, 2}));
        QCOMPARE(pipeline::ReferenceWindow(p.database()).lastUsable(5, 10), (std::vector<qint64>{1, 2, 4}));
    }
};

QTEST_GUILESS_MAIN(TestDataAnalysis)
#include "test_data_analysis.moc"
