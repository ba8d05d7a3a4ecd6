#include "model/data/csv_reader.h"

#include "model/core/error.h"
#include "model/core/progress_sink.h"
#include "model/data/text_checks.h"

#include <array>

namespace streamml::model::data {

using core::Error;

namespace {

/// Splits the bytes into records of fields, tracking the line where each record starts.
class CsvScanner
{
public:
    CsvScanner(const char *begin, const char *end, char delimiter, const QString &source)
        : m_p(begin), m_begin(begin), m_end(end), m_delimiter(delimiter), m_source(source)
    {
    }

    bool atEnd() const { return m_p >= m_end; }
    qint64 line() const { return m_line; }
    qint64 offset() const { return qint64(m_p - m_begin); }

    /// Reads the next non-blank record into `fields`; returns false at the end of the data.
    bool next(std::vector<std::string> &fields, qint64 &recordLine)
    {
        while (m_p < m_end && (*m_p == '\n' || *m_p == '\r'))
            skipNewline();
        if (m_p >= m_end)
            return false;
        fields.clear();
        recordLine = m_line;
        for (;;) {
            fields.emplace_back();
            const bool more = readField(fields.back(), recordLine, qsizetype(fields.size()));
            if (!more)
                return true;
        }
    }

private:
    void skipNewline()
    {
        if (*m_p == '\r' && m_p + 1 < m_end && m_p[1] == '\n')
            ++m_p;
        ++m_p;
        ++m_line;
    }

    /// Reads one field; returns true when another field of the same record follows.
    bool readField(std::string &out, qint64 recordLine, qsizetype fieldNumber)
    {
        if (m_p < m_end && *m_p == '"')
            return readQuoted(out, recordLine, fieldNumber);
        const char *start = m_p;
        while (m_p < m_end && *m_p != m_delimiter && *m_p != '\n' && *m_p != '\r')
            ++m_p;
        out.assign(start, size_t(m_p - start));
        return endOfField();
    }

    bool readQuoted(std::string &out, qint64 recordLine, qsizetype fieldNumber)
    {
        const qint64 openLine = m_line;
        ++m_p;
        for (;;) {
            const char *start = m_p;
            while (m_p < m_end && *m_p != '"') {
                if (*m_p == '\n' || (*m_p == '\r' && (m_p + 1 >= m_end || m_p[1] != '\n')))
                    ++m_line;
                ++m_p;
            }
            out.append(start, size_t(m_p - start));
            if (m_p >= m_end)
                throw Error::input(QStringLiteral("%1, line %2, field %3: a quote opened here is never closed")
                                       .arg(m_source)
                                       .arg(openLine)
                                       .arg(fieldNumber));
            ++m_p;
            if (m_p < m_end && *m_p == '"') {
                out.push_back('"');
                ++m_p;
                continue;
            }
            break;
        }
        if (m_p < m_end && *m_p != m_delimiter && *m_p != '\n' && *m_p != '\r')
            throw Error::input(QStringLiteral("%1, line %2, field %3: unexpected character '%4' after a closing quote "
                                              "(record starts on line %5)")
                                   .arg(m_source)
                                   .arg(m_line)
                                   .arg(fieldNumber)
                                   .arg(QChar::fromLatin1(*m_p))
                                   .arg(recordLine));
        return endOfField();
    }

    bool endOfField()
    {
        if (m_p < m_end && *m_p == m_delimiter) {
            ++m_p;
            return true;
        }
        if (m_p < m_end)
            skipNewline();
        return false;
    }

    const char *m_p;
    const char *m_begin;
    const char *m_end;
    char m_delimiter;
    const QString &m_source;
    qint64 m_line = 1;
};

QStringList headerNames(const std::vector<std::string> &fields, const QString &source)
{
    QStringList names;
    for (size_t i = 0; i < fields.size(); ++i) {
        QString name = QString::fromUtf8(fields[i]).trimmed();
        if (name.isEmpty())
            name = QStringLiteral("column_%1").arg(i + 1);
        if (names.contains(name))
            throw Error::input(QStringLiteral("%1, line 1, column %2: the header name \"%3\" appears twice")
                                   .arg(source)
                                   .arg(i + 1)
                                   .arg(name));
        names.append(name);
    }
    return names;
}

QString raggedMessage(const TextTable &table, size_t found, qint64 line)
{
    const qsizetype expected = table.header.size();
    if (qsizetype(found) > expected)
        return QStringLiteral("%1, line %2: %3 fields but the header has %4; column %5 has no header "
                              "(an unquoted delimiter inside a value?)")
            .arg(table.sourceName)
            .arg(line)
            .arg(found)
            .arg(expected)
            .arg(expected + 1);
    return QStringLiteral("%1, line %2: %3 fields but the header has %4; column %5 \"%6\" is missing")
        .arg(table.sourceName)
        .arg(line)
        .arg(found)
        .arg(expected)
        .arg(found + 1)
        .arg(table.header.at(qsizetype(found)));
}

} // namespace

CsvReader::CsvReader(QChar delimiter)
    : m_delimiter(delimiter)
{
}

TextTable CsvReader::read(QIODevice &device, const QString &sourceName, core::ProgressSink &progress)
{
    return parse(device.readAll(), sourceName, progress);
}

char CsvReader::detectDelimiter(const char *begin, const char *end)
{
    static constexpr std::array<char, 4> candidates{',', ';', '\t', '|'};
    std::array<int, 4> counts{};
    bool quoted = false;
    for (const char *p = begin; p < end; ++p) {
        if (*p == '"')
            quoted = !quoted;
        else if (!quoted && (*p == '\n' || *p == '\r'))
            break;
        else if (!quoted)
            for (size_t i = 0; i < candidates.size(); ++i)
                counts[i] += *p == candidates[i];
    }
    size_t best = 0;
    for (size_t i = 1; i < candidates.size(); ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

TextTable CsvReader::parse(const QByteArray &bytes, const QString &sourceName, core::ProgressSink &progress) const
{
    const char *begin = bytes.constData();
    const char *end = begin + bytes.size();
    begin = TextChecks::skipUtf8Bom(begin, end);
    TextChecks::requireText(begin, end, sourceName);
    const char delimiter = m_delimiter.isNull() ? detectDelimiter(begin, end) : char(m_delimiter.unicode());

    TextTable table;
    table.sourceName = sourceName;
    CsvScanner scanner(begin, end, delimiter, sourceName);
    std::vector<std::string> fields;
    qint64 line = 0;
    if (!scanner.next(fields, line))
        throw Error::input(QStringLiteral("%1: the file is empty (no header line)").arg(sourceName));
    table.header = headerNames(fields, sourceName);
    table.cells.resize(size_t(table.header.size()));

    qint64 records = 0;
    while (scanner.next(fields, line)) {
        if (qsizetype(fields.size()) != table.header.size())
            throw Error::input(raggedMessage(table, fields.size(), line));
        for (size_t c = 0; c < fields.size(); ++c)
            table.cells[c].push_back(std::move(fields[c]));
        table.rowLines.push_back(line);
        if (++records % 4096 == 0) {
            progress.checkCancelled();
            progress.progress(QStringLiteral("reading %1").arg(sourceName), scanner.offset(), qint64(end - begin));
        }
    }
    return table;
}

} // namespace streamml::model::data
