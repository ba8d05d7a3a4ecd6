#include "model/settings/duration.h"

#include <QDateTime>
#include <QTimeZone>

namespace streamml::model::settings {

namespace {
constexpr qint64 hourMs = 3600LL * 1000;
constexpr qint64 dayMs = 24 * hourMs;

int monthsPerUnit(Duration::Unit unit)
{
    switch (unit) {
    case Duration::Unit::Month: return 1;
    case Duration::Unit::Quarter: return 3;
    case Duration::Unit::Year: return 12;
    default: return 0;
    }
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
} // namespace

std::optional<Duration> Duration::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.size() < 2)
        return std::nullopt;
    bool ok = false;
    const int count = t.left(t.size() - 1).toInt(&ok);
    if (!ok || count < 1 || count > 100000)
        return std::nullopt;
    Duration d;
    d.count = count;
    switch (t.back().unicode()) {
    case 'h': d.unit = Unit::Hour; break;
    case 'd': d.unit = Unit::Day; break;
    case 'w': d.unit = Unit::Week; break;
    case 'm': d.unit = Unit::Month; break;
    case 'q': d.unit = Unit::Quarter; break;
    case 'y': d.unit = Unit::Year; break;
    default: return std::nullopt;
    }
    return d;
}

QString Duration::toString() const
{
    static const char units[] = {'h', 'd', 'w', 'm', 'q', 'y'};
    return QString::number(count) + QLatin1Char(units[int(unit)]);
}

qint64 Duration::windowStart(qint64 epochMs) const
{
    if (const int months = monthsPerUnit(unit) * count) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()).date();
        const int index = date.year() * 12 + (date.month() - 1);
        const int start = int(floorDiv(index, months) * months);
        return QDateTime(QDate(start / 12, start % 12 + 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    if (unit == Unit::Week) {
        // 1970-01-05 was a Monday: weeks start there.
        const qint64 monday = 4 * dayMs;
        const qint64 span = 7 * dayMs * count;
        return monday + floorDiv(epochMs - monday, span) * span;
    }
    const qint64 span = (unit == Unit::Hour ? hourMs : dayMs) * count;
    return floorDiv(epochMs, span) * span;
}

qint64 Duration::windowEnd(qint64 startMs) const
{
    if (const int months = monthsPerUnit(unit) * count) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc());
        return start.addMonths(months).toMSecsSinceEpoch();
    }
    const qint64 span = unit == Unit::Week ? 7 * dayMs : unit == Unit::Hour ? hourMs : dayMs;
    return startMs + span * count;
}

} // namespace streamml::model::settings
