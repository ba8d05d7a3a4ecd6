#include "model/data/text_checks.h"

#include "model/core/error.h"

#include <cstring>

namespace streamml::model::data {

using core::Error;

const char *TextChecks::skipUtf8Bom(const char *begin, const char *end)
{
    if (end - begin >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0)
        return begin + 3;
    return begin;
}

bool TextChecks::isGzip(const char *begin, const char *end)
{
    return end - begin >= 2 && static_cast<unsigned char>(begin[0]) == 0x1f && static_cast<unsigned char>(begin[1]) == 0x8b;
}

bool TextChecks::isZip(const char *begin, const char *end)
{
    return end - begin >= 4 && std::memcmp(begin, "PK\x03\x04", 4) == 0;
}

int TextChecks::utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = *p;
    int length = 0;
    unsigned char lowest = 0x80;
    unsigned char highest = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        lowest = c == 0xE0 ? 0xA0 : 0x80;
        highest = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        lowest = c == 0xF0 ? 0x90 : 0x80;
        highest = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (end - p < length || p[1] < lowest || p[1] > highest)
        return 0;
    for (int i = 2; i < length; ++i)
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    return length;
}

void TextChecks::requireText(const char *begin, const char *end, const QString &sourceName)
{
    if (isZip(begin, end))
        throw Error::input(QStringLiteral("%1: this is a ZIP container (an XLSX workbook?), not CSV text; "
                                          "name it .xlsx or set [source] format = xlsx")
                               .arg(sourceName));
    if (isGzip(begin, end))
        throw Error::input(QStringLiteral("%1: this is gzip-compressed data, not CSV text; name it .csv.gz "
                                          "or set [source] format = csv.gz")
                               .arg(sourceName));
    if (end - begin >= 5 && std::memcmp(begin, "%PDF-", 5) == 0)
        throw Error::input(QStringLiteral("%1: this is a PDF document, not CSV text").arg(sourceName));
    qint64 line = 1;
    const auto *p = reinterpret_cast<const unsigned char *>(begin);
    const auto *stop = reinterpret_cast<const unsigned char *>(end);
    while (p < stop) {
        if (*p < 0x80) {
            if (*p == 0)
                throw Error::input(QStringLiteral("%1, line %2: a NUL byte; this is binary data, not CSV text")
                                       .arg(sourceName)
                                       .arg(line));
            line += *p == '\n';
            ++p;
            continue;
        }
        const int length = utf8SequenceLength(p, stop);
        if (length == 0)
            throw Error::input(QStringLiteral("%1, line %2: byte 0x%3 is not valid UTF-8; save the file as UTF-8")
                                   .arg(sourceName)
                                   .arg(line)
                                   .arg(*p, 2, 16, QLatin1Char('0')));
        p += length;
    }
}

} // namespace streamml::model::data
