#pragma once

#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace streamml::model::data {

/// Cells as read from a file, before typing: a header, UTF-8 cells column by column, and the source
/// line (or sheet row) of every row so later errors can point at it.
struct TextTable
{
    QString sourceName;
    QStringList header;
    std::vector<std::vector<std::string>> cells; ///< cells[column][row]
    std::vector<qint64> rowLines;                ///< line (CSV) or sheet row (XLSX) where each row starts
    QString lineWord = QStringLiteral("line");  ///< how rowLines are named in messages ("line", "row")

    qsizetype rowCount() const { return qsizetype(rowLines.size()); }
    /// "file.csv, line 12, column \"Speed\"" for error messages.
    QString where(qsizetype row, qsizetype column) const;
};

} // namespace streamml::model::data
