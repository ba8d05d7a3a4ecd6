#pragma once

#include <QString>

namespace streamml::model::data {

/// Checks that bytes handed to a text reader really are UTF-8 text, with a precise message when not.
class TextChecks
{
public:
    static const char *skipUtf8Bom(const char *begin, const char *end);
    /// Throws Error::input naming the file and line of the first NUL byte or invalid UTF-8 sequence,
    /// or naming the container format when the bytes are a ZIP, gzip or PDF file.
    static void requireText(const char *begin, const char *end, const QString &sourceName);
    static bool isGzip(const char *begin, const char *end);
    static bool isZip(const char *begin, const char *end);

private:
    /// Length of the valid UTF-8 sequence at `p`, or 0 when it is invalid.
    static int utf8SequenceLength(const unsigned char *p, const unsigned char *end);
};

} // namespace streamml::model::data
