#include "model/core/error.h"
#include "model/core/progress_sink.h"
#include "model/data/xlsx_reader.h"
#include "tests/support/test_paths.h"

#include <QtTest>
#include <quazip.h>
#include <quazipfile.h>

using namespace streamml::model;
using streamml::tests::TestPaths;

namespace {
data::TextTable readXlsx(QIODevice &device, const QString &sheet = {})
{
    return data::XlsxReader(sheet).read(device, QStringLiteral("book.xlsx"), core::ProgressSink::none());
}

data::TextTable readFixture(const QString &name, const QString &sheet = {})
{
    QFile file(TestPaths::fixture(QStringLiteral("data/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return readXlsx(file, sheet);
}

QString cell(const data::TextTable &t, qsizetype row, qsizetype column)
{
    return QString::fromStdString(t.cells[size_t(column)][size_t(row)]);
}

/// A minimal workbook written part by part, so tests control every XML detail.
QByteArray workbook(const QByteArray &sheetData, const QByteArray &workbookPr = {}, const QByteArray &shared = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    zip.open(QuaZip::mdCreate);
    auto add = [&](const char *name, const QByteArray &content) {
        QuaZipFile file(&zip);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name)));
        file.write(content);
        file.close();
    };
    add("xl/workbook.xml", "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" + workbookPr +
                               "<sheets><sheet name=\"data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    add("xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    add("xl/styles.xml", "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\\ hh:mm\"/>"
                         "<numFmt numFmtId=\"165\" formatCode=\"[Red]0.00\"/></numFmts>"
                         "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs></styleSheet>");
    if (!shared.isEmpty())
        add("xl/sharedStrings.xml", shared);
    add("xl/worksheets/sheet1.xml", "<worksheet><sheetData>" + sheetData + "</sheetData></worksheet>");
    zip.close();
    return bytes;
}

data::TextTable readBytes(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return readXlsx(buffer);
}
} // namespace

/// XLSX: shared and inline strings, numbers, booleans, numeric dates in both systems, sparse cells, errors.
class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAWorkbookFromAnotherProgram()
    {
        const data::TextTable t = readFixture(QStringLiteral("strikes.xlsx"));
        QCOMPARE(t.header, (QStringList{QStringLiteral("when"), QStringLiteral("airport"), QStringLiteral("speed"), QStringLiteral("damaged"), QStringLiteral("stamp")}));
        QCOMPARE(t.rowCount(), 4);
        QCOMPARE(cell(t, 0, 0), QStringLiteral("2001-03-04"));
        QCOMPARE(cell(t, 0, 1), QStringLiteral("DALLAS/FORT WORTH"));
        QCOMPARE(cell(t, 0, 2), QStringLiteral("140"));
        QCOMPARE(cell(t, 0, 3), QStringLiteral("false"));
        QCOMPARE(cell(t, 0, 4), QStringLiteral("2001-03-04T10:20:30"));
        QCOMPARE(cell(t, 1, 1), QStringLiteral("Москва \"Шереметьево\""));
        QCOMPARE(cell(t, 1, 2), QStringLiteral("152.5"));
        QCOMPARE(cell(t, 1, 4), QStringLiteral("2001-03-05T00:00:01"));
        QCOMPARE(cell(t, 2, 0), QStringLiteral("2000-02-29"));
        QCOMPARE(cell(t, 2, 1), QString());
        QCOMPARE(cell(t, 3, 1), QStringLiteral("sparse row"));
        QCOMPARE(t.rowLines, (std::vector<qint64>{2, 3, 4, 5}));
    }

    void picksASheetByName()
    {
        const data::TextTable t = readFixture(QStringLiteral("strikes.xlsx"), QStringLiteral("second"));
        QCOMPARE(t.header, (QStringList{QStringLiteral("t"), QStringLiteral("v")}));
        QCOMPARE(cell(t, 0, 0), QStringLiteral("2020-01-01"));
    }

    void unknownSheetListsTheSheets()
    {
        try {
            readFixture(QStringLiteral("strikes.xlsx"), QStringLiteral("third"));
            QFAIL("unknown sheet accepted");
        } catch (const core::Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("no sheet \"third\"")) && error.message().contains(QStringLiteral("strikes, second")),
                     qPrintable(error.message()));
        }
    }

    void date1904System()
    {
        const data::TextTable t = readFixture(QStringLiteral("epoch1904.xlsx"));
        QCOMPARE(cell(t, 0, 0), QStringLiteral("2010-07-14"));
    }

    void cellKinds()
    {
        const data::TextTable t = readBytes(workbook(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>b</t></is></c><c r=\"C1\" t=\"s\"><v>1</v></c>"
            "<c r=\"D1\" t=\"str\"><v>d</v></c></row>"
            "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>36951</v></c><c r=\"B3\" s=\"2\"><v>36951.5</v></c><c r=\"C3\" t=\"e\"><v>#DIV/0!</v></c>"
            "<c r=\"D3\" s=\"3\"><v>2.5</v></c></row>"
            "<row r=\"4\"><c r=\"C4\" t=\"inlineStr\"><is><r><t>rich </t></r><r><t>text</t></r></is></c></row>",
            {}, "<sst><si><t>a</t></si><si><r><t>c</t></r><rPh><t>phonetic</t></rPh></si></sst>"));
        QCOMPARE(t.header, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(cell(t, 0, 0), QStringLiteral("2001-03-01"));
        QCOMPARE(cell(t, 0, 1), QStringLiteral("2001-03-01T12:00:00"));
        QCOMPARE(cell(t, 0, 2), QString());
        QCOMPARE(cell(t, 0, 3), QStringLiteral("2.5"));
        QCOMPARE(cell(t, 1, 2), QStringLiteral("rich text"));
        QCOMPARE(t.rowLines, (std::vector<qint64>{3, 4}));
    }

    void badWorkbooks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a zip") << QByteArray("a,b\n1,2\n") << "not an XLSX workbook";
        QTest::newRow("bad shared string") << workbook("<row r=\"1\"><c t=\"s\"><v>7</v></c></row>") << "shared string 7 does not exist";
        QTest::newRow("broken XML") << workbook("<row r=\"1\"><c><v>1</v></row>") << "xl/worksheets/sheet1.xml, XML line";
        QTest::newRow("value beyond the header") << workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>h</t></is></c></row>"
                                                             "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"C2\"><v>5</v></c></row>")
                                                 << "row 2, column 3";
        QTest::newRow("empty sheet") << workbook("") << "the sheet is empty";
    }

    void badWorkbooks()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        try {
            readBytes(bytes);
            QFAIL("bad workbook accepted");
        } catch (const core::Error &error) {
            QVERIFY2(error.message().contains(expected) && error.message().contains(QStringLiteral("book.xlsx")), qPrintable(error.message()));
        }
    }

    void truncatedZipIsRefused()
    {
        QFile file(TestPaths::fixture(QStringLiteral("data/strikes.xlsx")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY_THROWS_EXCEPTION(core::Error, readBytes(bytes.left(bytes.size() / 2)));
    }

    void serialDates()
    {
        QCOMPARE(data::XlsxReader::serialToIso(1.0, false), QStringLiteral("1899-12-31"));
        QCOMPARE(data::XlsxReader::serialToIso(61.0, false), QStringLiteral("1900-03-01"));
        QCOMPARE(data::XlsxReader::serialToIso(0.0, true), QStringLiteral("1904-01-01"));
        QCOMPARE(data::XlsxReader::serialToIso(36951.25, false), QStringLiteral("2001-03-01T06:00:00"));
        QCOMPARE(data::XlsxReader::columnOfReference(u"AB12"), 27);
        QCOMPARE(data::XlsxReader::columnOfReference(u"12"), -1);
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "test_xlsx_reader.moc"
