#include "model/core/error.h"
#include "model/core/progress_sink.h"
#include "model/data/csv_reader.h"
#include "model/data/time_parser.h"
#include "model/data/type_inference.h"

#include <QtTest>

using namespace streamml::model;

namespace {
data::TypeInference::Result typed(const QByteArray &csv, QHash<QString, data::Column::Kind> schema = {},
                                  const QString &timeFormat = QStringLiteral("auto"))
{
    const data::TextTable text = data::CsvReader().parse(csv, QStringLiteral("t.csv"), core::ProgressSink::none());
    data::TypeInference::Options options;
    options.missingTokens = QStringList{QStringLiteral("NA"), QStringLiteral("?")};
    options.timeColumn = QStringLiteral("time");
    options.timeFormat = timeFormat;
    options.schema = std::move(schema);
    return data::TypeInference(options).type(text);
}

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}
} // namespace

/// Typing text cells: inferred kinds, missing tokens, time formats, schema coercion and time errors.
class TestTypeInference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void infersKinds()
    {
        const auto r = typed("time,n,c,d,empty\n2001-01-01,1.5,a,2001-02-03,\n2001-01-02,NA,b,?,\n2001-01-03, +2e3 ,a,2001-02-04T10:00:00,\n");
        const data::Table &t = r.table;
        QCOMPARE(t.column(QStringLiteral("time")).kind(), data::Column::Kind::Time);
        QCOMPARE(t.column(QStringLiteral("n")).kind(), data::Column::Kind::Numeric);
        QCOMPARE(t.column(QStringLiteral("c")).kind(), data::Column::Kind::Categorical);
        QCOMPARE(t.column(QStringLiteral("d")).kind(), data::Column::Kind::Time);
        QCOMPARE(t.column(QStringLiteral("empty")).kind(), data::Column::Kind::Numeric);
        QCOMPARE(t.column(QStringLiteral("n")).numbers()[2], 2000.0);
        QVERIFY(t.column(QStringLiteral("n")).isMissing(1));
        QVERIFY(t.column(QStringLiteral("d")).isMissing(1));
        QCOMPARE(t.column(QStringLiteral("c")).dictionary(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(t.column(QStringLiteral("c")).codes(), (std::vector<std::int32_t>{0, 1, 0}));
        QCOMPARE(t.column(QStringLiteral("empty")).missingCount(), 3);
        QVERIFY(r.violations.isEmpty());
    }

    void isoTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("date") << "1990-01-08" << utc("1990-01-08T00:00:00Z");
        QTest::newRow("slashes") << "1990/01/08" << utc("1990-01-08T00:00:00Z");
        QTest::newRow("T and seconds") << "2001-03-04T10:20:30" << utc("2001-03-04T10:20:30Z");
        QTest::newRow("space, minutes") << "2001-03-04 10:20" << utc("2001-03-04T10:20:00Z");
        QTest::newRow("milliseconds") << "2001-03-04T10:20:30.250" << utc("2001-03-04T10:20:30.250Z");
        QTest::newRow("Z") << "2001-03-04T10:20:30Z" << utc("2001-03-04T10:20:30Z");
        QTest::newRow("offset") << "2001-03-04T10:20:30+02:00" << utc("2001-03-04T08:20:30Z");
        QTest::newRow("offset no colon") << "2001-03-04T10:20:30-0130" << utc("2001-03-04T11:50:30Z");
        QTest::newRow("leap day") << "2000-02-29" << utc("2000-02-29T00:00:00Z");
        QTest::newRow("before 1970") << "1969-12-31T23:59:59" << utc("1969-12-31T23:59:59Z");
    }

    void isoTimes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto ms = data::TimeParser::parseIso(text.toStdString());
        QVERIFY(ms.has_value());
        QCOMPARE(qint64(*ms), expected);
    }

    void notTimes_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"2001-13-01", "2001-02-29", "1900-02-29", "2001-04-31", "2001-1-1", "01/02/2001", "2001-03-04T25:00",
                                "2001-03-04T10:61", "2001-03-04X", "tomorrow", "20010304"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }

    void notTimes()
    {
        QFETCH(QString, text);
        QVERIFY(!data::TimeParser::parseIso(text.toStdString()).has_value());
    }

    void otherTimeFormats()
    {
        QCOMPARE(qint64(*data::TimeParser(QStringLiteral("epoch_s")).parse("86400")), qint64(86400000));
        QCOMPARE(qint64(*data::TimeParser(QStringLiteral("epoch_ms")).parse("1500")), qint64(1500));
        QCOMPARE(qint64(*data::TimeParser(QStringLiteral("dd.MM.yyyy")).parse("04.03.2001")), utc("2001-03-04T00:00:00Z"));
        QVERIFY(!data::TimeParser(QStringLiteral("dd.MM.yyyy")).parse("2001-03-04").has_value());
    }

    void timeErrorsNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unparsable") << QByteArray("a,time\n1,2001-01-01\n2,yesterday\n")
                                    << QStringList{"t.csv, line 3, column 2 \"time\"", "\"yesterday\" is not a time", "ISO 8601"};
        QTest::newRow("missing") << QByteArray("time,a\n2001-01-01,1\n\"\",2\n")
                                 << QStringList{"t.csv, line 3, column 1 \"time\"", "the time is missing"};
        QTest::newRow("no time column") << QByteArray("a,b\n1,2\n") << QStringList{"t.csv", "no time column \"time\"", "a, b"};
        QTest::newRow("after a multi-line cell") << QByteArray("time,note\n2001-01-01,\"a\nb\"\nnope,c\n")
                                                 << QStringList{"line 4, column 1"};
    }

    void timeErrorsNameLineAndColumn()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, expected);
        try {
            typed(csv);
            QFAIL("bad time accepted");
        } catch (const core::Error &error) {
            for (const QString &part : expected)
                QVERIFY2(error.message().contains(part), qPrintable(error.message() + QStringLiteral(" lacks ") + part));
        }
    }

    void schemaCoercionCountsMisfits()
    {
        const QHash<QString, data::Column::Kind> schema{{QStringLiteral("n"), data::Column::Kind::Numeric},
                                                        {QStringLiteral("c"), data::Column::Kind::Categorical}};
        const auto r = typed("time,n,c\n2001-01-01,1,7\n2001-01-02,oops,8\n2001-01-03,3,x\n", schema);
        QCOMPARE(r.table.column(QStringLiteral("n")).kind(), data::Column::Kind::Numeric);
        QCOMPARE(r.table.column(QStringLiteral("c")).kind(), data::Column::Kind::Categorical);
        QVERIFY(r.table.column(QStringLiteral("n")).isMissing(1));
        QCOMPARE(r.violations.value(QStringLiteral("n")), (std::vector<bool>{false, true, false}));
        QVERIFY(!r.violations.contains(QStringLiteral("c")));
    }
};

QTEST_GUILESS_MAIN(TestTypeInference)
#include "test_type_inference.moc"
