#include "model/core/error.h"
#include "model/core/progress_sink.h"
#include "model/pipeline/pipeline.h"
#include "model/store/batch_store.h"
#include "model/store/cursor_store.h"
#include "model/store/database.h"
#include "model/store/raw_row_store.h"
#include "tests/support/store_backends.h"
#include "tests/support/temp_workspace.h"
#include "tests/support/test_paths.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace streamml::model;
using streamml::tests::StoreBackends;
using streamml::tests::TempWorkspace;
using streamml::tests::TestPaths;

namespace {
/// Cancels as soon as a given stage reports progress.
class CancelAt : public core::ProgressSink
{
public:
    explicit CancelAt(QString stage) : m_stage(std::move(stage)) {}
    void progress(const QString &stage, qint64, qint64) override { m_cancel = m_cancel || stage == m_stage; }
    bool isCancelled() const override { return m_cancel; }

private:
    QString m_stage;
    bool m_cancel = false;
};

settings::Settings shippedSettings(const TempWorkspace &dir)
{
    settings::Settings s = dir.settings(TestPaths::shippedDataset(), QStringLiteral("Flight Date"));
    s.set(QStringLiteral("stream"), QStringLiteral("batch_rows"), QStringLiteral("1000"));
    return s;
}

settings::Settings folderSettings(const TempWorkspace &dir)
{
    settings::Settings s = dir.settings(dir.path(QStringLiteral("drop")));
    s.set(QStringLiteral("source"), QStringLiteral("kind"), QStringLiteral("folder"));
    s.set(QStringLiteral("stream"), QStringLiteral("batch_rows"), QStringLiteral("2"));
    return s;
}

pipeline::UpdateReport update(const settings::Settings &s, qint64 batches, core::ProgressSink &sink = core::ProgressSink::none())
{
    return pipeline::Pipeline(s).update(batches, sink);
}

std::vector<store::BatchRecord> storedBatches(const settings::Settings &s)
{
    pipeline::Pipeline p(s);
    return store::BatchStore(p.database()).list();
}
} // namespace

/// Collection end to end: the cursor, idempotency, rollback, cancel, every source kind, PII, type misfits.
class TestCollection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consecutiveUpdatesCoverTheSource_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &name : StoreBackends::names())
            QTest::newRow(qPrintable(name)) << name;
    }

    void consecutiveUpdatesCoverTheSource()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql") {
            if (StoreBackends::skipPostgres())
                QSKIP("STREAMML_TEST_PG=skip");
            const QString problem = StoreBackends::resetPostgres();
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        TempWorkspace dir;
        settings::Settings s = shippedSettings(dir);
        StoreBackends::apply(backend, s);
        for (int i = 0; i < 10; ++i) {
            const auto report = update(s, 1);
            QVERIFY2(report.ok, qPrintable(report.error));
            QCOMPARE(report.batches.size(), size_t(1));
        }
        QVERIFY(update(s, 1).streamEnded);
        pipeline::Pipeline p(s);
        const auto batches = store::BatchStore(p.database()).list();
        QCOMPARE(batches.size(), size_t(10));
        qint64 rows = 0;
        for (size_t i = 0; i < batches.size(); ++i) {
            rows += batches[i].rows;
            QCOMPARE(batches[i].id, qint64(i + 1));
            if (i > 0)
                QVERIFY(batches[i].timeFrom >= batches[i - 1].timeTo);
        }
        QCOMPARE(rows, 10000);
        QCOMPARE(p.database().scalar(QStringLiteral("SELECT COUNT(*) FROM raw_rows")).toInt(), 10000);
        QCOMPARE(p.database().scalar(QStringLiteral("SELECT COUNT(*) FROM batch_meta")).toInt(), 140);
        const auto speed = store::BatchStore(p.database()).profiles(1).back();
        QCOMPARE(speed.column, QStringLiteral("Speed IAS in knots"));
        QVERIFY(speed.missing > 0);
    }

    void sameContentIsNeverStoredTwice()
    {
        TempWorkspace dir;
        const settings::Settings s = shippedSettings(dir);
        QVERIFY(update(s, -1).ok);
        {
            pipeline::Pipeline p(s);
            p.database().exec(QStringLiteral("DELETE FROM stream_cursor"));
        }
        const auto again = update(s, -1);
        QVERIFY(again.ok);
        QCOMPARE(again.batches.size(), size_t(10));
        for (const auto &b : again.batches)
            QVERIFY(b.duplicateOf);
        QCOMPARE(storedBatches(s).size(), size_t(10));
    }

    void windowBatchesFollowTheCalendar()
    {
        TempWorkspace dir;
        settings::Settings s = shippedSettings(dir);
        s.set(QStringLiteral("stream"), QStringLiteral("window"), QStringLiteral("1y"));
        QVERIFY(update(s, -1).ok);
        const auto batches = storedBatches(s);
        QCOMPARE(batches.size(), size_t(13));
        QCOMPARE(batches.front().rows, 463);
        QCOMPARE(batches[11].rows, 1095);
        QCOMPARE(data::Column::formatTime(double(batches.back().timeTo)), QStringLiteral("2002-07-25"));
    }

    void failingBatchRollsBack()
    {
        TempWorkspace dir;
        const settings::Settings s = folderSettings(dir);
        dir.write(QStringLiteral("drop/a.csv"), "time,v\n2001-01-01,1\n2001-01-02,2\n2001-01-03,3\n");
        dir.write(QStringLiteral("drop/b.csv"), "time,v\n2001-02-01,4\n2001-02-0x,5\n");
        const auto report = update(s, -1);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(QStringLiteral("b.csv, line 3, column 1 \"time\"")), qPrintable(report.error));
        QCOMPARE(report.batches.size(), size_t(2));
        {
            pipeline::Pipeline p(s);
            QVERIFY(store::CursorStore(p.database()).position(dir.path(QStringLiteral("drop/b.csv"))).isStart());
            QVERIFY(store::CursorStore(p.database()).position(dir.path(QStringLiteral("drop/a.csv"))).finished);
        }
        dir.write(QStringLiteral("drop/b.csv"), "time,v\n2001-02-01,4\n2001-02-02,5\n");
        QVERIFY(update(s, -1).ok);
        const auto batches = storedBatches(s);
        QCOMPARE(batches.size(), size_t(3));
        QCOMPARE(batches.back().rows, 2);
    }

    void cancelLeavesTheStoreAsItWas()
    {
        TempWorkspace dir;
        const settings::Settings s = shippedSettings(dir);
        QVERIFY(update(s, 1).ok);
        CancelAt cancel(QStringLiteral("storing raw rows"));
        const auto report = update(s, 1, cancel);
        QVERIFY(!report.ok);
        QVERIFY(report.error.contains(QStringLiteral("cancelled")));
        QCOMPARE(storedBatches(s).size(), size_t(1));
        {
            pipeline::Pipeline p(s);
            QCOMPARE(p.database().scalar(QStringLiteral("SELECT COUNT(*) FROM raw_rows")).toInt(), 1000);
        }
        QVERIFY(update(s, 1).ok);
        QCOMPARE(storedBatches(s).back().id, 2);
    }

    void dropFolderTakesNewFiles()
    {
        TempWorkspace dir;
        const settings::Settings s = folderSettings(dir);
        dir.write(QStringLiteral("drop/01.csv"), "time,v\n2001-01-01,1\n2001-01-02,2\n2001-01-03,3\n");
        dir.write(QStringLiteral("drop/ignored.txt"), "not data");
        QVERIFY(update(s, -1).ok);
        QCOMPARE(storedBatches(s).size(), size_t(2));
        dir.write(QStringLiteral("drop/02.csv"), "time,v\n2001-01-04,4\n");
        dir.write(QStringLiteral("drop/03-copy-of-02.csv"), "time,v\n2001-01-04,4\n");
        const auto report = update(s, -1);
        QVERIFY(report.ok);
        QCOMPARE(report.batches.size(), size_t(2));
        QVERIFY(report.batches[1].duplicateOf);
        QCOMPARE(storedBatches(s).size(), size_t(3));
    }

    void sqlTableSource()
    {
        TempWorkspace dir;
        const QString file = dir.path(QStringLiteral("source.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE events (ts TEXT, amount REAL, kind TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO events VALUES ('2001-01-02', 2.5, 'b'), ('2001-01-01', NULL, 'a'), ('2001-01-03', 7, NULL)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fill"));
        settings::Settings s = dir.settings(QString(), QStringLiteral("ts"));
        s.set(QStringLiteral("source"), QStringLiteral("kind"), QStringLiteral("sql"));
        s.set(QStringLiteral("source"), QStringLiteral("sql_database"), file);
        s.set(QStringLiteral("source"), QStringLiteral("sql_table"), QStringLiteral("events"));
        s.set(QStringLiteral("stream"), QStringLiteral("batch_rows"), QStringLiteral("2"));
        QVERIFY(update(s, -1).ok);
        pipeline::Pipeline p(s);
        const data::Table first = store::RawRowStore(p.database()).load(1);
        QCOMPARE(first.column(QStringLiteral("ts")).text(0), QStringLiteral("2001-01-01"));
        QVERIFY(first.column(QStringLiteral("amount")).isMissing(0));
        QCOMPARE(first.column(QStringLiteral("kind")).text(1), QStringLiteral("b"));
        QCOMPARE(store::BatchStore(p.database()).list().size(), size_t(2));
    }

    void piiColumnsAreHashedWithTheWorkspaceSalt()
    {
        TempWorkspace one;
        TempWorkspace two;
        const QByteArray csv = "time,email,v\n2001-01-01,a@x.org,1\n2001-01-02,b@x.org,2\n2001-01-03,a@x.org,3\n";
        QStringList digests;
        for (const TempWorkspace *dir : {&one, &two}) {
            settings::Settings s = dir->settings(dir->write(QStringLiteral("in.csv"), csv));
            s.set(QStringLiteral("source"), QStringLiteral("pii_columns"), QStringLiteral("email"));
            QVERIFY(update(s, -1).ok);
            pipeline::Pipeline p(s);
            const data::Column email = store::RawRowStore(p.database()).load(1).column(QStringLiteral("email"));
            QVERIFY(email.text(0).startsWith(QStringLiteral("pii:")));
            QCOMPARE(email.text(0), email.text(2));
            QVERIFY(email.text(0) != email.text(1));
            QVERIFY(!email.dictionary().contains(QStringLiteral("a@x.org")));
            digests.append(email.text(0));
        }
        QVERIFY2(digests[0] != digests[1], "two workspaces share a salt");
    }

    void typeMisfitsAreCountedPerBatch()
    {
        TempWorkspace dir;
        const settings::Settings s = folderSettings(dir);
        dir.write(QStringLiteral("drop/a.csv"), "time,v\n2001-01-01,1\n2001-01-02,2\n");
        QVERIFY(update(s, -1).ok);
        dir.write(QStringLiteral("drop/b.csv"), "time,v\n2001-01-03,three\n2001-01-04,4\n2001-01-05,five\n");
        QVERIFY(update(s, -1).ok);
        pipeline::Pipeline p(s);
        store::BatchStore batches(p.database());
        QCOMPARE(batches.profiles(2).back().typeViolations, 1);
        QCOMPARE(batches.profiles(3).back().typeViolations, 1);
        QCOMPARE(batches.profiles(2).back().missing, 1);
    }

    void badSourcesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no time column") << QByteArray("a,b\n1,2\n") << "no time column \"time\"";
        QTest::newRow("ragged") << QByteArray("time,b\n2001-01-01,2\n2001-01-02\n") << "in.csv, line 3";
        QTest::newRow("empty") << QByteArray() << "in.csv: the file is empty";
    }

    void badSourcesAreNamed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        TempWorkspace dir;
        const settings::Settings s = dir.settings(dir.write(QStringLiteral("in.csv"), content));
        const auto report = update(s, -1);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(expected), qPrintable(report.error));
        QCOMPARE(storedBatches(s).size(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestCollection)
#include "test_collection.moc"
