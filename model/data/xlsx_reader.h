#pragma once

#include "model/data/table_reader.h"

#include <QHash>
#include <QSet>

class QuaZip;

namespace streamml::model::data {

/// Reads one worksheet of an XLSX workbook (a ZIP of XML parts): shared and inline strings, numbers,
/// booleans, and numeric dates recognised from the cell's number format (1900 and 1904 systems).
/// The first non-empty row is the header.
class XlsxReader : public TableReader
{
public:
    /// `sheet` empty takes the workbook's first sheet.
    explicit XlsxReader(QString sheet = {});

    TextTable read(QIODevice &device, const QString &sourceName, core::ProgressSink &progress) override;

    /// "2001-03-04" or "2001-03-04T10:20:00" for an Excel serial day number.
    static QString serialToIso(double serial, bool date1904);
    /// Zero-based column of a cell reference such as "AB12"; -1 when it has no letters.
    static int columnOfReference(QStringView reference);

private:
    struct Workbook
    {
        QString sheetPath;
        bool date1904 = false;
        QStringList sharedStrings;
        QSet<int> dateStyles; ///< indexes into cellXfs whose number format shows a date or time
    };

    Workbook openWorkbook(QuaZip &zip, const QString &sourceName) const;
    TextTable readSheet(QuaZip &zip, const Workbook &book, const QString &sourceName,
                        core::ProgressSink &progress) const;

    QString m_sheet;
};

} // namespace streamml::model::data
