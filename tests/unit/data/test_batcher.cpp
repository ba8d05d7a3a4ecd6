#include "model/data/batcher.h"

#include <QtTest>

using namespace streamml::model;

namespace {
constexpr double day = 86400000.0;

settings::StreamSettings rows(qint64 n)
{
    settings::StreamSettings s;
    s.batchRows = n;
    return s;
}

settings::StreamSettings window(const char *w)
{
    settings::StreamSettings s;
    s.window = settings::Duration::parse(QString::fromLatin1(w));
    return s;
}

using data::Batcher;

/// Cuts every batch from the start and returns their sizes; -1 marks a batch that did not start
/// right after the previous one.
QList<qsizetype> sizes(const Batcher &batcher, const std::vector<double> &times)
{
    QList<qsizetype> result;
    data::StreamPosition position;
    qsizetype expectedStart = 0;
    while (const auto cut = batcher.next(times, position)) {
        result.append(cut->first == expectedStart ? cut->count : -1);
        expectedStart = cut->first + cut->count;
        position = cut->after;
    }
    return result;
}
} // namespace

/// Cutting a time-sorted table into consecutive, non-overlapping batches and resuming from a cursor.
class TestBatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byRowCount()
    {
        const std::vector<double> times{1, 2, 3, 4, 5, 6, 7};
        QCOMPARE(sizes(Batcher(rows(3)), times), (QList<qsizetype>{3, 3, 1}));
        QCOMPARE(sizes(Batcher(rows(10)), times), (QList<qsizetype>{7}));
        QCOMPARE(sizes(Batcher(rows(1)), {}), (QList<qsizetype>{}));
    }

    void boundaryInsideEqualTimes()
    {
        // Five rows share time 2: the cursor must remember how many of them were taken.
        const std::vector<double> times{1, 2, 2, 2, 2, 2, 3};
        Batcher batcher(rows(3));
        data::StreamPosition p;
        auto cut = batcher.next(times, p);
        QCOMPARE(cut->after.lastTimeMs, 2.0);
        QCOMPARE(cut->after.rowsAtLastTime, 2);
        cut = batcher.next(times, cut->after);
        QCOMPARE(cut->first, 3);
        QCOMPARE(cut->after.rowsAtLastTime, 5);
        cut = batcher.next(times, cut->after);
        QCOMPARE(cut->first, 6);
        QCOMPARE(cut->count, 1);
        QVERIFY(!batcher.next(times, cut->after));
    }

    void byCalendarWindow()
    {
        const double jan1 = 10957 * day; // 2000-01-01
        std::vector<double> times{jan1, jan1 + 40 * day, jan1 + 100 * day, jan1 + 380 * day, jan1 + 1200 * day};
        QCOMPARE(sizes(Batcher(window("1y")), times), (QList<qsizetype>{3, 1, 1}));
        QCOMPARE(sizes(Batcher(window("1q")), times), (QList<qsizetype>{2, 1, 1, 1}));
        QCOMPARE(sizes(Batcher(window("1m")), times), (QList<qsizetype>{1, 1, 1, 1, 1}));
    }

    void emptyWindowsAreSkipped()
    {
        const double jan1 = 10957 * day;
        const std::vector<double> times{jan1, jan1 + 1, jan1 + 30 * day};
        const auto cut = Batcher(window("1w")).next(times, data::StreamPosition());
        QCOMPARE(cut->count, 2);
        const auto second = Batcher(window("1w")).next(times, cut->after);
        QCOMPARE(second->first, 2);
        QCOMPARE(second->timeFrom, jan1 + 30 * day);
    }

    void resumesWhenTheSourceGrows()
    {
        std::vector<double> times{1, 2, 3};
        Batcher batcher(rows(2));
        auto cut = batcher.next(times, data::StreamPosition());
        cut = batcher.next(times, cut->after);
        QCOMPARE(cut->count, 1);
        const data::StreamPosition end = cut->after;
        QVERIFY(!batcher.next(times, end));
        times.insert(times.end(), {3, 4, 5});
        cut = batcher.next(times, end);
        QCOMPARE(cut->first, 3);
        QCOMPARE(cut->count, 2);
    }

    void sizesAddUp_data()
    {
        QTest::addColumn<qint64>("batchRows");
        for (qint64 n : {1, 7, 100, 999, 1000, 5000})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }

    void sizesAddUp()
    {
        QFETCH(qint64, batchRows);
        std::vector<double> times;
        for (int i = 0; i < 4321; ++i)
            times.push_back(double(i / 3)); // runs of three equal times
        qsizetype total = 0;
        for (qsizetype n : sizes(Batcher(rows(batchRows)), times))
            total += n;
        QCOMPARE(total, qsizetype(times.size()));
    }
};

QTEST_GUILESS_MAIN(TestBatcher)
#include "test_batcher.moc"
