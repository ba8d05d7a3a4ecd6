#include "model/data/xlsx_reader.h"

#include "model/core/error.h"
#include "model/core/progress_sink.h"
#include "model/data/column.h"

#include <QDateTime>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>

#include <cmath>

namespace streamml::model::data {

using core::Error;

namespace {

QByteArray readPart(QuaZip &zip, const QString &part, const QString &sourceName, bool required)
{
    if (!zip.setCurrentFile(part)) {
        if (required)
            throw Error::input(QStringLiteral("%1: the workbook has no part %2; not an XLSX file").arg(sourceName, part));
        return {};
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::input(QStringLiteral("%1: part %2 cannot be read (damaged ZIP container)").arg(sourceName, part));
    QByteArray bytes = file.readAll();
    if (file.getZipError() != UNZ_OK)
        throw Error::input(QStringLiteral("%1: part %2 is damaged (ZIP error %3)").arg(sourceName, part).arg(file.getZipError()));
    return bytes;
}

void throwIfXmlError(const QXmlStreamReader &xml, const QString &sourceName, const QString &part)
{
    if (xml.hasError())
        throw Error::input(QStringLiteral("%1: %2, XML line %3: %4")
                               .arg(sourceName, part)
                               .arg(xml.lineNumber())
                               .arg(xml.errorString()));
}

/// Text of the current element and its descendants' <t> elements, skipping phonetic runs.
QString collectText(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"rPh")
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == u"rPh")
            --phonetic;
        else if (xml.isStartElement() && xml.name() == u"t" && phonetic == 0)
            text += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == end)
            break;
    }
    return text;
}

bool isDateFormatCode(const QString &code)
{
    bool quoted = false;
    int bracket = 0;
    for (const QChar ch : code) {
        if (ch == u'"')
            quoted = !quoted;
        else if (!quoted && ch == u'[')
            ++bracket;
        else if (!quoted && ch == u']')
            --bracket;
        else if (!quoted && bracket == 0 && QStringLiteral("dmyhsDMYHS").contains(ch))
            return true;
    }
    return false;
}

bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

QSet<int> dateStyles(const QByteArray &styles, const QString &sourceName)
{
    QHash<int, QString> customFormats;
    QSet<int> result;
    if (styles.isEmpty())
        return result;
    QXmlStreamReader xml(styles);
    bool inCellXfs = false;
    int xfIndex = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"numFmt") {
            customFormats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                 xml.attributes().value(QLatin1String("formatCode")).toString());
        } else if (xml.isStartElement() && xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            const auto custom = customFormats.constFind(id);
            if (isBuiltinDateFormat(id) || (custom != customFormats.constEnd() && isDateFormatCode(*custom)))
                result.insert(xfIndex);
            ++xfIndex;
        }
    }
    throwIfXmlError(xml, sourceName, QStringLiteral("xl/styles.xml"));
    return result;
}

QStringList sharedStrings(const QByteArray &bytes, const QString &sourceName)
{
    QStringList strings;
    if (bytes.isEmpty())
        return strings;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            strings.append(collectText(xml));
    }
    throwIfXmlError(xml, sourceName, QStringLiteral("xl/sharedStrings.xml"));
    return strings;
}

QString partPath(QString target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    return QStringLiteral("xl/") + target;
}

} // namespace

XlsxReader::XlsxReader(QString sheet)
    : m_sheet(std::move(sheet))
{
}

int XlsxReader::columnOfReference(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar ch : reference) {
        if (ch < u'A' || ch > u'Z')
            break;
        column = column * 26 + (ch.unicode() - 'A' + 1);
        ++letters;
    }
    return letters ? column - 1 : -1;
}

QString XlsxReader::serialToIso(double serial, bool date1904)
{
    // Excel's 1900 system counts from 1899-12-30 (its phantom 1900-02-29 makes that work from March 1900).
    const QDate epoch = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    const qint64 epochMs = QDateTime(epoch, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    return Column::formatTime(double(epochMs + std::llround(serial * 86400000.0)));
}

XlsxReader::Workbook XlsxReader::openWorkbook(QuaZip &zip, const QString &sourceName) const
{
    Workbook book;
    QHash<QString, QString> targets;
    QXmlStreamReader rels(readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), sourceName, true));
    while (!rels.atEnd())
        if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == u"Relationship")
            targets.insert(rels.attributes().value(QLatin1String("Id")).toString(), rels.attributes().value(QLatin1String("Target")).toString());
    throwIfXmlError(rels, sourceName, QStringLiteral("xl/_rels/workbook.xml.rels"));

    QStringList names;
    QXmlStreamReader xml(readPart(zip, QStringLiteral("xl/workbook.xml"), sourceName, true));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const QStringView flag = xml.attributes().value(QLatin1String("date1904"));
            book.date1904 = flag == u"1" || flag == u"true";
        } else if (xml.name() == u"sheet") {
            const QString name = xml.attributes().value(QLatin1String("name")).toString();
            names.append(name);
            if (book.sheetPath.isEmpty() && (m_sheet.isEmpty() || m_sheet == name)) {
                const QString id = xml.attributes().value(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"), QLatin1String("id")).toString();
                book.sheetPath = partPath(targets.value(id.isEmpty() ? xml.attributes().value(QLatin1String("r:id")).toString() : id));
            }
        }
    }
    throwIfXmlError(xml, sourceName, QStringLiteral("xl/workbook.xml"));
    if (book.sheetPath.isEmpty() || book.sheetPath == u"xl/")
        throw Error::input(QStringLiteral("%1: no sheet \"%2\" ([source] sheet); the sheets are: %3")
                               .arg(sourceName, m_sheet, names.join(QStringLiteral(", "))));
    book.sharedStrings = sharedStrings(readPart(zip, QStringLiteral("xl/sharedStrings.xml"), sourceName, false), sourceName);
    book.dateStyles = dateStyles(readPart(zip, QStringLiteral("xl/styles.xml"), sourceName, false), sourceName);
    return book;
}

TextTable XlsxReader::read(QIODevice &device, const QString &sourceName, core::ProgressSink &progress)
{
    QuaZip zip(&device);
    if (!zip.open(QuaZip::mdUnzip))
        throw Error::input(QStringLiteral("%1: not an XLSX workbook (not a readable ZIP container)").arg(sourceName));
    const Workbook book = openWorkbook(zip, sourceName);
    TextTable table = readSheet(zip, book, sourceName, progress);
    zip.close();
    return table;
}

TextTable XlsxReader::readSheet(QuaZip &zip, const Workbook &book, const QString &sourceName,
                                core::ProgressSink &progress) const
{
    const QByteArray bytes = readPart(zip, book.sheetPath, sourceName, true);
    QXmlStreamReader xml(bytes);
    TextTable table;
    table.sourceName = sourceName;
    table.lineWord = QStringLiteral("row");
    std::vector<QString> row;
    qint64 rowNumber = 0;
    auto flushRow = [&]() {
        const bool empty = std::all_of(row.begin(), row.end(), [](const QString &v) { return v.isEmpty(); });
        if (empty)
            return;
        if (table.header.isEmpty()) {
            for (size_t c = 0; c < row.size(); ++c)
                table.header.append(row[c].trimmed().isEmpty() ? QStringLiteral("column_%1").arg(c + 1) : row[c].trimmed());
            table.cells.resize(row.size());
            return;
        }
        for (size_t c = size_t(table.header.size()); c < row.size(); ++c)
            if (!row[c].isEmpty())
                throw Error::input(QStringLiteral("%1, row %2, column %3: a value (\"%4\") beyond the header's %5 columns")
                                       .arg(sourceName).arg(rowNumber).arg(c + 1).arg(row[c]).arg(table.header.size()));
        row.resize(size_t(table.header.size()));
        for (size_t c = 0; c < row.size(); ++c)
            table.cells[c].push_back(row[c].toStdString());
        table.rowLines.push_back(rowNumber);
    };

    int nextColumn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"row") {
            row.clear();
            nextColumn = 0;
            rowNumber = xml.attributes().hasAttribute(QLatin1String("r")) ? xml.attributes().value(QLatin1String("r")).toLongLong() : rowNumber + 1;
        } else if (xml.isEndElement() && xml.name() == u"row") {
            flushRow();
            if (rowNumber % 2048 == 0)
                progress.checkCancelled();
        } else if (xml.isStartElement() && xml.name() == u"c") {
            const QXmlStreamAttributes attributes = xml.attributes();
            const int referenced = columnOfReference(attributes.value(QLatin1String("r")));
            const int column = referenced >= 0 ? referenced : nextColumn;
            nextColumn = column + 1;
            const QString type = attributes.value(QLatin1String("t")).toString();
            const int style = attributes.value(QLatin1String("s")).toInt();
            QString value;
            if (type == u"inlineStr") {
                value = collectText(xml);
            } else {
                while (!xml.atEnd() && !(xml.isEndElement() && xml.name() == u"c")) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == u"v")
                        value = xml.readElementText();
                }
                if (type == u"s") {
                    const int index = value.toInt();
                    if (index < 0 || index >= book.sharedStrings.size())
                        throw Error::input(QStringLiteral("%1, row %2: shared string %3 does not exist").arg(sourceName).arg(rowNumber).arg(index));
                    value = book.sharedStrings.at(index);
                } else if (type == u"b") {
                    value = value == u"1" ? QStringLiteral("true") : QStringLiteral("false");
                } else if (type == u"e") {
                    value.clear(); // #N/A, #DIV/0! and other formula errors read as missing
                } else if (type.isEmpty() || type == u"n") {
                    if (!value.isEmpty() && book.dateStyles.contains(style))
                        value = serialToIso(value.toDouble(), book.date1904);
                }
            }
            if (size_t(column) >= row.size())
                row.resize(size_t(column) + 1);
            row[size_t(column)] = value;
        }
    }
    throwIfXmlError(xml, sourceName, book.sheetPath);
    if (table.header.isEmpty())
        throw Error::input(QStringLiteral("%1: the sheet is empty (no header row)").arg(sourceName));
    return table;
}

} // namespace streamml::model::data
