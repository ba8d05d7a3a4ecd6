#include "model/core/error.h"
#include "model/core/progress_sink.h"
#include "model/data/csv_reader.h"
#include "model/data/gzip_csv_reader.h"
#include "tests/support/test_paths.h"

#include <QtTest>
#include <zlib.h>

using namespace streamml::model;
using streamml::tests::TestPaths;

namespace {
QByteArray readFixture(const QString &name)
{
    QFile file(TestPaths::fixture(QStringLiteral("csv/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return file.readAll();
}

/// Rows as "cell|cell" lines, so a whole table compares as one string.
QString rowsOf(const data::TextTable &t)
{
    QStringList rows;
    for (qsizetype r = 0; r < t.rowCount(); ++r) {
        QStringList cells;
        for (const auto &column : t.cells)
            cells.append(QString::fromStdString(column[size_t(r)]));
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows.join(QLatin1Char('\n'));
}

QByteArray gzip(const QByteArray &raw)
{
    z_stream s{};
    deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&s, uLong(raw.size()))) + 32, '\0');
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
    s.avail_in = uInt(raw.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}
} // namespace

/// CSV per RFC 4180, one fixture file per edge case, and every kind of bad input.
class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QList<qint64>>("lines");
        QTest::newRow("plain") << "plain.csv" << "a|b|c" << "1|x|2001-01-01\n2|y|2001-01-02" << QList<qint64>{2, 3};
        QTest::newRow("doubled quotes, delimiter in quotes, CRLF")
            << "quotes_crlf.csv" << "a|b" << "1|he said \"hi\"\n2|x, y" << QList<qint64>{2, 3};
        QTest::newRow("newline inside quotes") << "embedded_newline.csv" << "id|note" << "1|line one\nline two\n2|plain"
                                               << QList<qint64>{2, 4};
        QTest::newRow("byte-order mark") << "bom.csv" << "name|value" << "w|1" << QList<qint64>{2};
        QTest::newRow("semicolon detected") << "semicolon.csv" << "a|b|c" << "1|2,5|x" << QList<qint64>{2};
        QTest::newRow("tab detected") << "tab.csv" << "a|b" << "1|x y" << QList<qint64>{2};
        QTest::newRow("missing tokens stay text here") << "missing_tokens.csv" << "a|b" << "1|\n|NA\nnull|?" << QList<qint64>{2, 3, 4};
        QTest::newRow("blank lines skipped") << "blank_lines.csv" << "a|b" << "1|x\n2|y" << QList<qint64>{2, 4};
        QTest::newRow("header only") << "header_only.csv" << "a|b" << "" << QList<qint64>{};
        QTest::newRow("empty quoted fields") << "empty_quoted.csv" << "a|b" << "|" << QList<qint64>{2};
        QTest::newRow("UTF-8") << "utf8.csv" << "name|city" << "Ünïcødé|Москва\n日本|x" << QList<qint64>{2, 3};
    }

    void reads()
    {
        QFETCH(QString, file);
        QFETCH(QString, header);
        QFETCH(QString, rows);
        QFETCH(QList<qint64>, lines);
        const data::TextTable t = data::CsvReader().parse(readFixture(file), file, core::ProgressSink::none());
        QCOMPARE(t.header.join(QLatin1Char('|')), header);
        QCOMPARE(rowsOf(t), rows);
        QCOMPARE(QList<qint64>(t.rowLines.begin(), t.rowLines.end()), lines);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("row too short") << "ragged_short.csv" << QStringList{"ragged_short.csv, line 3", "2 fields but the header has 3", "column 3 \"c\" is missing"};
        QTest::newRow("row too long") << "ragged_long.csv" << QStringList{"ragged_long.csv, line 3", "3 fields but the header has 2", "column 3 has no header"};
        QTest::newRow("unclosed quote") << "unclosed_quote.csv" << QStringList{"unclosed_quote.csv, line 2, field 2", "never closed"};
        QTest::newRow("empty file") << "empty.csv" << QStringList{"empty.csv", "empty"};
        QTest::newRow("text after closing quote") << "stray_after_quote.csv" << QStringList{"line 2, field 2", "after a closing quote"};
        QTest::newRow("binary") << "binary.csv" << QStringList{"binary.csv, line 2", "NUL byte", "not CSV text"};
        QTest::newRow("not UTF-8") << "latin1.csv" << QStringList{"latin1.csv, line 2", "0xe9", "not valid UTF-8"};
        QTest::newRow("duplicate header") << "duplicate_header.csv" << QStringList{"line 1, column 2", "\"a\" appears twice"};
        QTest::newRow("a ZIP named .csv") << "zip_named_csv.csv" << QStringList{"zip_named_csv.csv", "ZIP container", "xlsx"};
    }

    void errors()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        try {
            data::CsvReader().parse(readFixture(file), file, core::ProgressSink::none());
            QFAIL("bad input was accepted");
        } catch (const core::Error &error) {
            QCOMPARE(error.kind(), core::Error::Kind::Input);
            for (const QString &part : expected)
                QVERIFY2(error.message().contains(part), qPrintable(error.message() + QStringLiteral(" lacks ") + part));
        }
    }

    void explicitDelimiterWins()
    {
        const data::TextTable t = data::CsvReader(QLatin1Char(',')).parse("a;b,c\n1;2,3\n", QStringLiteral("x"), core::ProgressSink::none());
        QCOMPARE(t.header, (QStringList{QStringLiteral("a;b"), QStringLiteral("c")}));
    }

    void lastLineWithoutNewline()
    {
        const data::TextTable t = data::CsvReader().parse("a,b\n1,2", QStringLiteral("x"), core::ProgressSink::none());
        QCOMPARE(rowsOf(t), QStringLiteral("1|2"));
    }

    void gzipRoundTrip()
    {
        const QByteArray raw = readFixture(QStringLiteral("quotes_crlf.csv"));
        QByteArray packed = gzip(raw);
        QBuffer buffer(&packed);
        buffer.open(QIODevice::ReadOnly);
        const data::TextTable t = data::GzipCsvReader().read(buffer, QStringLiteral("x.csv.gz"), core::ProgressSink::none());
        QCOMPARE(rowsOf(t), QStringLiteral("1|he said \"hi\"\n2|x, y"));
        QCOMPARE(data::GzipCsvReader::inflate(gzip(raw) + gzip("more"), QStringLiteral("two members")), raw + "more");
    }

    void gzipDamageIsRefused_data()
    {
        QTest::addColumn<int>("keep");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << -8 << "truncated";
        QTest::newRow("not gzip") << 0 << "gzip signature";
    }

    void gzipDamageIsRefused()
    {
        QFETCH(int, keep);
        QFETCH(QString, expected);
        const QByteArray packed = gzip(readFixture(QStringLiteral("plain.csv")).repeated(50));
        const QByteArray damaged = keep < 0 ? packed.left(packed.size() + keep) : QByteArray("a,b\n1,2\n");
        try {
            data::GzipCsvReader::inflate(damaged, QStringLiteral("d.csv.gz"));
            QFAIL("damaged data accepted");
        } catch (const core::Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("d.csv.gz")) && error.message().contains(expected), qPrintable(error.message()));
        }
    }

    void shippedDatasetReads()
    {
        QFile file(TestPaths::shippedDataset());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const data::TextTable t = data::CsvReader().read(file, QStringLiteral("birdstrikes.csv"), core::ProgressSink::none());
        QCOMPARE(t.rowCount(), 10000);
        QCOMPARE(t.header.size(), 14);
        QCOMPARE(t.header.at(12), QStringLiteral("Cost Total $"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
