#pragma once

#include "model/data/csv_reader.h"

namespace streamml::model::data {

/// CSV compressed with gzip (.csv.gz): inflated with zlib, then read as CSV.
class GzipCsvReader : public TableReader
{
public:
    explicit GzipCsvReader(QChar delimiter = QChar());

    TextTable read(QIODevice &device, const QString &sourceName, core::ProgressSink &progress) override;
    /// Inflates every gzip member of `compressed`; throws Error::input on corrupt or truncated data.
    static QByteArray inflate(const QByteArray &compressed, const QString &sourceName);

private:
    CsvReader m_csv;
};

} // namespace streamml::model::data
