#include "model/data/column.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace streamml::model::data {

Column Column::numeric(QString name, std::vector<double> values)
{
    Column c;
    c.m_name = std::move(name);
    c.m_kind = Kind::Numeric;
    c.m_numbers = std::move(values);
    return c;
}

Column Column::time(QString name, std::vector<double> epochMs)
{
    Column c = numeric(std::move(name), std::move(epochMs));
    c.m_kind = Kind::Time;
    return c;
}

Column Column::categorical(QString name, std::vector<std::int32_t> codes, QStringList dictionary)
{
    Column c;
    c.m_name = std::move(name);
    c.m_kind = Kind::Categorical;
    c.m_codes = std::move(codes);
    c.m_dictionary = std::move(dictionary);
    return c;
}

Column Column::missing(QString name, Kind kind, qsizetype rows)
{
    if (kind == Kind::Categorical)
        return categorical(std::move(name), std::vector<std::int32_t>(size_t(rows), -1), {});
    Column c = numeric(std::move(name), std::vector<double>(size_t(rows), std::nan("")));
    c.m_kind = kind;
    return c;
}

qsizetype Column::size() const
{
    return qsizetype(m_kind == Kind::Categorical ? m_codes.size() : m_numbers.size());
}

bool Column::isMissing(qsizetype row) const
{
    return m_kind == Kind::Categorical ? m_codes[size_t(row)] < 0 : std::isnan(m_numbers[size_t(row)]);
}

qsizetype Column::missingCount() const
{
    qsizetype count = 0;
    if (m_kind == Kind::Categorical) {
        for (std::int32_t code : m_codes)
            count += code < 0;
    } else {
        for (double v : m_numbers)
            count += std::isnan(v);
    }
    return count;
}

QString Column::formatTime(double epochMs)
{
    if (std::isnan(epochMs))
        return {};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(epochMs), QTimeZone::utc());
    const QString date = t.date().toString(Qt::ISODate);
    if (t.time() == QTime(0, 0))
        return date;
    return date + QLatin1Char('T') + t.time().toString(t.time().msec() ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
}

QString Column::text(qsizetype row) const
{
    if (isMissing(row))
        return {};
    switch (m_kind) {
    case Kind::Numeric: return QString::number(m_numbers[size_t(row)], 'g', 15);
    case Kind::Time: return formatTime(m_numbers[size_t(row)]);
    case Kind::Categorical: return m_dictionary.at(m_codes[size_t(row)]);
    }
    return {};
}

QString Column::category(qsizetype row) const
{
    const std::int32_t code = m_codes[size_t(row)];
    return code < 0 ? QString() : m_dictionary.at(code);
}

Column Column::take(const std::vector<qsizetype> &rows) const
{
    Column c;
    c.m_name = m_name;
    c.m_kind = m_kind;
    c.m_dictionary = m_dictionary;
    if (m_kind == Kind::Categorical) {
        c.m_codes.reserve(rows.size());
        for (qsizetype r : rows)
            c.m_codes.push_back(m_codes[size_t(r)]);
    } else {
        c.m_numbers.reserve(rows.size());
        for (qsizetype r : rows)
            c.m_numbers.push_back(m_numbers[size_t(r)]);
    }
    return c;
}

Column Column::slice(qsizetype from, qsizetype count) const
{
    Column c;
    c.m_name = m_name;
    c.m_kind = m_kind;
    c.m_dictionary = m_dictionary;
    if (m_kind == Kind::Categorical)
        c.m_codes.assign(m_codes.begin() + from, m_codes.begin() + from + count);
    else
        c.m_numbers.assign(m_numbers.begin() + from, m_numbers.begin() + from + count);
    return c;
}

void Column::append(const Column &other)
{
    if (m_kind != Kind::Categorical) {
        m_numbers.insert(m_numbers.end(), other.m_numbers.begin(), other.m_numbers.end());
        return;
    }
    QHash<QString, std::int32_t> index;
    for (qsizetype i = 0; i < m_dictionary.size(); ++i)
        index.insert(m_dictionary.at(i), std::int32_t(i));
    std::vector<std::int32_t> remap(size_t(other.m_dictionary.size()));
    for (qsizetype i = 0; i < other.m_dictionary.size(); ++i) {
        const QString &value = other.m_dictionary.at(i);
        auto it = index.constFind(value);
        if (it == index.constEnd()) {
            it = index.insert(value, std::int32_t(m_dictionary.size()));
            m_dictionary.append(value);
        }
        remap[size_t(i)] = *it;
    }
    for (std::int32_t code : other.m_codes)
        m_codes.push_back(code < 0 ? -1 : remap[size_t(code)]);
}

QString Column::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Numeric: return QStringLiteral("numeric");
    case Kind::Categorical: return QStringLiteral("categorical");
    case Kind::Time: return QStringLiteral("time");
    }
    return {};
}

bool Column::kindFromName(const QString &name, Kind *kind)
{
    for (Kind k : {Kind::Numeric, Kind::Categorical, Kind::Time}) {
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace streamml::model::data
