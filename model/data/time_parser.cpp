#include "model/data/time_parser.h"

#include "model/data/number_parser.h"

#include <QDateTime>
#include <QTimeZone>

namespace streamml::model::data {

namespace {

/// Reads exactly `width` digits at `p`; advances `p`.
bool digits(const char *&p, const char *end, int width, int &value)
{
    if (end - p < width)
        return false;
    value = 0;
    for (int i = 0; i < width; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        value = value * 10 + (p[i] - '0');
    }
    p += width;
    return true;
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

/// Parses "HH:MM[:SS[.fff]]" into milliseconds of the day.
bool timeOfDay(const char *&p, const char *end, qint64 &ms)
{
    int hour = 0, minute = 0, second = 0;
    if (!digits(p, end, 2, hour) || p >= end || *p != ':')
        return false;
    ++p;
    if (!digits(p, end, 2, minute))
        return false;
    if (p < end && *p == ':') {
        ++p;
        if (!digits(p, end, 2, second))
            return false;
    }
    qint64 fraction = 0;
    if (p < end && (*p == '.' || *p == ',')) {
        ++p;
        int scale = 100;
        const char *start = p;
        while (p < end && *p >= '0' && *p <= '9') {
            fraction += (*p - '0') * scale;
            scale /= 10;
            ++p;
        }
        if (p == start)
            return false;
    }
    if (hour > 23 || minute > 59 || second > 60)
        return false;
    ms = ((hour * 60LL + minute) * 60 + second) * 1000 + fraction;
    return true;
}

/// Parses "Z", "+HH:MM", "+HHMM" or "+HH" into an offset in milliseconds.
bool zoneOffset(const char *&p, const char *end, qint64 &offsetMs)
{
    if (*p == 'Z' || *p == 'z') {
        ++p;
        return true;
    }
    if (*p != '+' && *p != '-')
        return false;
    const int sign = *p == '-' ? -1 : 1;
    ++p;
    int hours = 0, minutes = 0;
    if (!digits(p, end, 2, hours))
        return false;
    if (p < end && *p == ':')
        ++p;
    if (p < end && !digits(p, end, 2, minutes))
        return false;
    offsetMs = sign * (hours * 60LL + minutes) * 60 * 1000;
    return true;
}

} // namespace

TimeParser::TimeParser(const QString &format)
    : m_format(format)
{
    if (format == u"auto" || format.isEmpty())
        m_mode = Mode::Iso;
    else if (format == u"epoch_s")
        m_mode = Mode::EpochSeconds;
    else if (format == u"epoch_ms")
        m_mode = Mode::EpochMilliseconds;
    else
        m_mode = Mode::QtFormat;
}

qint64 TimeParser::daysFromCivil(int year, unsigned month, unsigned day)
{
    // Days since 1970-01-01 in the proleptic Gregorian calendar.
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

std::optional<double> TimeParser::parseIso(std::string_view text)
{
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end && *p == ' ')
        ++p;
    while (end > p && end[-1] == ' ')
        --end;
    int year = 0, month = 0, day = 0;
    if (!digits(p, end, 4, year) || p >= end || (*p != '-' && *p != '/'))
        return std::nullopt;
    const char separator = *p++;
    if (!digits(p, end, 2, month) || p >= end || *p++ != separator || !digits(p, end, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    qint64 ms = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400000LL;
    if (p < end && (*p == 'T' || *p == ' ')) {
        ++p;
        qint64 dayMs = 0;
        if (!timeOfDay(p, end, dayMs))
            return std::nullopt;
        ms += dayMs;
        qint64 offset = 0;
        if (p < end && !zoneOffset(p, end, offset))
            return std::nullopt;
        ms -= offset;
    }
    if (p != end)
        return std::nullopt;
    return double(ms);
}

std::optional<double> TimeParser::parse(std::string_view text) const
{
    switch (m_mode) {
    case Mode::Iso:
        return parseIso(text);
    case Mode::EpochSeconds:
    case Mode::EpochMilliseconds: {
        const auto value = NumberParser::parse(text);
        if (!value)
            return std::nullopt;
        return m_mode == Mode::EpochSeconds ? *value * 1000.0 : *value;
    }
    case Mode::QtFormat: {
        QDateTime t = QDateTime::fromString(QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed(), m_format);
        if (!t.isValid())
            return std::nullopt;
        if (t.timeSpec() == Qt::LocalTime)
            t.setTimeZone(QTimeZone::utc());
        return double(t.toMSecsSinceEpoch());
    }
    }
    return std::nullopt;
}

QString TimeParser::expectation() const
{
    switch (m_mode) {
    case Mode::Iso: return QStringLiteral("an ISO 8601 date or date-time such as 2001-03-04 or 2001-03-04T10:20:00");
    case Mode::EpochSeconds: return QStringLiteral("seconds since 1970-01-01 (time_format = epoch_s)");
    case Mode::EpochMilliseconds: return QStringLiteral("milliseconds since 1970-01-01 (time_format = epoch_ms)");
    case Mode::QtFormat: return QStringLiteral("a time in the format %1 (time_format)").arg(m_format);
    }
    return {};
}

} // namespace streamml::model::data
