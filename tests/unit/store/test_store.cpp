#include "model/core/error.h"
#include "model/data/profiler.h"
#include "model/store/batch_store.h"
#include "model/store/cursor_store.h"
#include "model/store/database.h"
#include "model/store/migrator.h"
#include "model/store/raw_row_store.h"
#include "model/store/transaction.h"
#include "tests/support/store_backends.h"
#include "tests/support/temp_workspace.h"

#include <QtTest>
#include <memory>

using namespace streamml::model;
using streamml::tests::StoreBackends;
using streamml::tests::TempWorkspace;

namespace {
data::Table sampleTable()
{
    const double nan = std::nan("");
    return data::Table({
        data::Column::time(QStringLiteral("when"), {946684800000.0, 946771200500.0, 946857600000.0}),
        data::Column::numeric(QStringLiteral("speed"), {140.5, nan, -3e-7}),
        data::Column::categorical(QStringLiteral("airport"), {1, -1, 0}, {QStringLiteral("Москва \"SVO\""), QStringLiteral("O'Hare, IL")}),
    });
}

store::BatchRecord record(qint64 id, const QString &hash)
{
    store::BatchRecord b;
    b.id = id;
    b.source = QStringLiteral("file x.csv");
    b.segment = QStringLiteral("x.csv");
    b.timeFrom = 100;
    b.timeTo = 200;
    b.rows = 3;
    b.sha256 = hash;
    b.ingestedAt = 12345;
    return b;
}

QStringList cells(const data::Table &t)
{
    QStringList result;
    for (qsizetype r = 0; r < t.rowCount(); ++r)
        for (const data::Column &c : t.columns())
            result.append(c.name() + QLatin1Char('=') + c.text(r));
    return result;
}
} // namespace

/// The store on both back ends: migrations, batches, raw rows, meta-parameters, cursor, transactions.
class TestStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempWorkspace> m_dir;
    std::unique_ptr<store::Database> m_db;

    /// Opens a migrated store on the row's back end; false (with the test skipped or failed) when it cannot.
    bool open()
    {
        QFETCH(QString, backend);
        m_dir = std::make_unique<TempWorkspace>();
        if (backend == u"postgresql") {
            if (StoreBackends::skipPostgres()) {
                QTest::qSkip("STREAMML_TEST_PG=skip", __FILE__, __LINE__);
                return false;
            }
            const QString problem = StoreBackends::resetPostgres();
            if (!problem.isEmpty()) {
                QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
                return false;
            }
        }
        m_db = std::make_unique<store::Database>(StoreBackends::settings(backend, m_dir->path()));
        store::Migrator::migrate(*m_db);
        return true;
    }

    void backends()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &name : StoreBackends::names())
            QTest::newRow(qPrintable(name)) << name;
    }

private Q_SLOTS:
    void cleanup() { m_db.reset(); }

    void migrationsAreIdempotent_data() { backends(); }
    void migrationsAreIdempotent()
    {
        if (!open())
            return;
        store::Migrator::migrate(*m_db);
        QCOMPARE(store::Migrator::currentVersion(*m_db), store::Migrator::latestVersion());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(), store::Migrator::latestVersion());
    }

    void newerStoreIsRefused_data() { backends(); }
    void newerStoreIsRefused()
    {
        if (!open())
            return;
        m_db->exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (999, 'future', 0)"));
        try {
            store::Migrator::migrate(*m_db);
            QFAIL("a newer store was accepted");
        } catch (const core::Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("schema version 999")), qPrintable(error.message()));
        }
    }

    void batchesRoundTrip_data() { backends(); }
    void batchesRoundTrip()
    {
        if (!open())
            return;
        store::BatchStore batches(*m_db);
        QCOMPARE(batches.nextId(), 1);
        batches.insert(record(1, QStringLiteral("aa")));
        batches.insert(record(2, QStringLiteral("bb")));
        QCOMPARE(batches.nextId(), 3);
        QCOMPARE(batches.idOfHash(QStringLiteral("bb")).value_or(-1), 2);
        QVERIFY(!batches.idOfHash(QStringLiteral("cc")));
        const auto listed = batches.list();
        QCOMPARE(listed.size(), size_t(2));
        QCOMPARE(listed[0].segment, QStringLiteral("x.csv"));
        QCOMPARE(listed[1].timeTo, 200);
        QCOMPARE(listed[0].reasons, QString());
        QVERIFY_THROWS_EXCEPTION(core::Error, batches.insert(record(3, QStringLiteral("aa"))));
    }

    void rawRowsRoundTrip_data() { backends(); }
    void rawRowsRoundTrip()
    {
        if (!open())
            return;
        store::BatchStore(*m_db).insert(record(1, QStringLiteral("h1")));
        store::RawRowStore raw(*m_db);
        const data::Table table = sampleTable();
        raw.insert(1, table);
        const data::Table loaded = raw.load(1);
        QCOMPARE(loaded.columnNames(), table.columnNames());
        for (qsizetype c = 0; c < table.columnCount(); ++c)
            QCOMPARE(loaded.column(c).kind(), table.column(c).kind());
        QCOMPARE(cells(loaded), cells(table));
        QCOMPARE(raw.load(1, 2).rowCount(), 2);
        QCOMPARE(loaded.contentHash(), table.contentHash());
    }

    void manyRowsRoundTrip_data() { backends(); }
    void manyRowsRoundTrip()
    {
        if (!open())
            return;
        std::vector<double> numbers;
        std::vector<std::int32_t> codes;
        for (int i = 0; i < 2503; ++i) {
            numbers.push_back(i % 7 == 0 ? std::nan("") : i * 0.5);
            codes.push_back(i % 11 == 0 ? -1 : i % 3);
        }
        const data::Table table({data::Column::numeric(QStringLiteral("n"), numbers),
                                 data::Column::categorical(QStringLiteral("c"), codes, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})});
        store::BatchStore(*m_db).insert(record(1, QStringLiteral("h")));
        store::RawRowStore(*m_db).insert(1, table);
        QCOMPARE(store::RawRowStore(*m_db).load(1).contentHash(), table.contentHash());
    }

    void laterColumnsAreAdded_data() { backends(); }
    void laterColumnsAreAdded()
    {
        if (!open())
            return;
        store::BatchStore batches(*m_db);
        store::RawRowStore raw(*m_db);
        batches.insert(record(1, QStringLiteral("h1")));
        raw.insert(1, data::Table({data::Column::numeric(QStringLiteral("a"), {1, 2})}));
        batches.insert(record(2, QStringLiteral("h2")));
        raw.insert(2, data::Table({data::Column::numeric(QStringLiteral("a"), {3}), data::Column::categorical(QStringLiteral("b"), {0}, {QStringLiteral("new")})}));
        QCOMPARE(raw.schema().size(), 2);
        const data::Table first = raw.load(1);
        QCOMPARE(first.columnNames(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(first.column(QStringLiteral("b")).isMissing(0));
        QCOMPARE(raw.load(std::vector<qint64>{1, 2}).rowCount(), 3);
    }

    void profilesRoundTrip_data() { backends(); }
    void profilesRoundTrip()
    {
        if (!open())
            return;
        store::BatchStore batches(*m_db);
        batches.insert(record(1, QStringLiteral("h")));
        auto profiles = data::Profiler().profile(sampleTable());
        profiles[1].typeViolations = 4;
        batches.insertProfiles(1, profiles);
        const auto loaded = batches.profiles(1);
        QCOMPARE(loaded.size(), profiles.size());
        QCOMPARE(loaded[1].column, QStringLiteral("speed"));
        QCOMPARE(loaded[1].mean, profiles[1].mean);
        QCOMPARE(loaded[1].q3, profiles[1].q3);
        QCOMPARE(loaded[1].missing, 1);
        QCOMPARE(loaded[1].typeViolations, 4);
        QCOMPARE(loaded[2].topCategories, profiles[2].topCategories);
        QVERIFY(std::isnan(loaded[2].mean));
    }

    void cursorUpserts_data() { backends(); }
    void cursorUpserts()
    {
        if (!open())
            return;
        store::CursorStore cursor(*m_db);
        QVERIFY(cursor.position(QStringLiteral("s")).isStart());
        data::StreamPosition p;
        p.segment = QStringLiteral("s");
        p.lastTimeMs = 1.5e12;
        p.rowsAtLastTime = 3;
        cursor.save(p);
        p.rowsAtLastTime = 4;
        p.finished = true;
        cursor.save(p);
        const auto loaded = cursor.position(QStringLiteral("s"));
        QCOMPARE(loaded.lastTimeMs, 1.5e12);
        QCOMPARE(loaded.rowsAtLastTime, 4);
        QVERIFY(loaded.finished);
        QCOMPARE(cursor.all().size(), size_t(1));
    }

    void uncommittedTransactionLeavesNothing_data() { backends(); }
    void uncommittedTransactionLeavesNothing()
    {
        if (!open())
            return;
        {
            store::Transaction transaction(*m_db);
            store::BatchStore(*m_db).insert(record(1, QStringLiteral("h")));
            store::RawRowStore(*m_db).insert(1, sampleTable());
        }
        QCOMPARE(store::BatchStore(*m_db).count(), 0);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM raw_rows")).toInt(), 0);
        QCOMPARE(store::RawRowStore(*m_db).schema().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
