#pragma once

#include "model/data/table_reader.h"

#include <QChar>

namespace streamml::model::data {

/// RFC 4180 CSV: quoted fields with doubled quotes, embedded delimiters and newlines, CRLF or LF,
/// a UTF-8 byte-order mark, a fixed or detected delimiter. Ragged rows and unclosed quotes are errors.
class CsvReader : public TableReader
{
public:
    /// A null delimiter is detected from the header line (comma, semicolon, tab or bar).
    explicit CsvReader(QChar delimiter = QChar());

    TextTable read(QIODevice &device, const QString &sourceName, core::ProgressSink &progress) override;
    TextTable parse(const QByteArray &bytes, const QString &sourceName, core::ProgressSink &progress) const;

    static char detectDelimiter(const char *begin, const char *end);

private:
    QChar m_delimiter;
};

} // namespace streamml::model::data
