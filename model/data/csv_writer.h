#pragma once

#include <QIODevice>
#include <QStringList>

namespace streamml::model::data {

/// Writes RFC 4180 CSV: a field is quoted when it holds the delimiter, a quote or a line break,
/// and quotes inside it are doubled; lines end in LF.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &device, char delimiter = ',');

    void writeRow(const QStringList &cells);
    static QByteArray field(const QString &cell, char delimiter = ',');

private:
    QIODevice &m_device;
    char m_delimiter;
};

} // namespace streamml::model::data
