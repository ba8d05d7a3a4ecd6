#include "model/data/gzip_csv_reader.h"

#include "model/core/error.h"
#include "model/data/text_checks.h"

#include <zlib.h>

namespace streamml::model::data {

using core::Error;

GzipCsvReader::GzipCsvReader(QChar delimiter)
    : m_csv(delimiter)
{
}

TextTable GzipCsvReader::read(QIODevice &device, const QString &sourceName, core::ProgressSink &progress)
{
    return m_csv.parse(inflate(device.readAll(), sourceName), sourceName, progress);
}

QByteArray GzipCsvReader::inflate(const QByteArray &compressed, const QString &sourceName)
{
    const char *begin = compressed.constData();
    if (!TextChecks::isGzip(begin, begin + compressed.size()))
        throw Error::input(QStringLiteral("%1: not gzip data (the file name ends in .gz but the gzip signature is missing)")
                               .arg(sourceName));
    QByteArray out;
    z_stream stream{};
    // 15 + 16: a gzip wrapper is expected.
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        throw Error::internal(QStringLiteral("zlib could not start inflating %1").arg(sourceName));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(begin));
    stream.avail_in = uInt(compressed.size());
    char buffer[1 << 16];
    int status = Z_OK;
    while (status != Z_STREAM_END || stream.avail_in > 0) {
        if (status == Z_STREAM_END && inflateReset(&stream) != Z_OK)
            break; // concatenated gzip members continue here
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = ::inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            const QString reason = stream.msg ? QString::fromLatin1(stream.msg) : QStringLiteral("truncated data");
            inflateEnd(&stream);
            throw Error::input(QStringLiteral("%1: the compressed data is corrupt or truncated at byte %2 (%3)")
                                   .arg(sourceName)
                                   .arg(stream.total_in)
                                   .arg(reason));
        }
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);
            throw Error::input(QStringLiteral("%1: the compressed data ends early (truncated file)").arg(sourceName));
        }
    }
    inflateEnd(&stream);
    return out;
}

} // namespace streamml::model::data
