#include "model/data/csv_writer.h"

namespace streamml::model::data {

CsvWriter::CsvWriter(QIODevice &device, char delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{
}

QByteArray CsvWriter::field(const QString &cell, char delimiter)
{
    QByteArray utf8 = cell.toUtf8();
    if (!utf8.contains(delimiter) && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

void CsvWriter::writeRow(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        line += field(cells.at(i), m_delimiter);
    }
    line += '\n';
    m_device.write(line);
}

} // namespace streamml::model::data
