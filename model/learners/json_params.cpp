#include "model/learners/json_params.h"

#include "model/core/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <cmath>
#include <limits>

namespace streamml::model::learners {

using core::Error;

namespace {

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString bound(double value)
{
    return std::isinf(value) ? QString() : QString::number(value, 'g', 10);
}

QString range(double minimum, double maximum, bool minimumExcluded)
{
    const QString low = QStringLiteral("%1 %2").arg(minimumExcluded ? QStringLiteral(">") : QStringLiteral(">="), bound(minimum));
    if (std::isinf(maximum))
        return QStringLiteral("a number %1").arg(low);
    return QStringLiteral("a number %1 and <= %2").arg(low, bound(maximum));
}

/// Numbers may come as JSON numbers or as text, as settings files write them.
bool toNumber(const QJsonValue &value, double *number)
{
    if (value.isDouble()) {
        *number = value.toDouble();
        return true;
    }
    bool ok = false;
    *number = value.toString().trimmed().toDouble(&ok);
    return value.isString() && ok;
}

} // namespace

JsonParams::JsonParams(QString family, QJsonObject json)
    : m_family(std::move(family))
    , m_json(std::move(json))
{
}

void JsonParams::refuse(const QString &key, const QString &accepted) const
{
    throw Error::settings(QStringLiteral("%1: \"%2\" = %3 is not accepted; expected %4")
                              .arg(m_family, key, shown(m_json.value(key)), accepted));
}

double JsonParams::real(const QString &key, double fallback, double minimum, double maximum, bool minimumExcluded)
{
    m_known.append(key);
    if (!m_json.contains(key))
        return fallback;
    double v = 0;
    const bool inRange = toNumber(m_json.value(key), &v) && std::isfinite(v)
                         && (minimumExcluded ? v > minimum : v >= minimum) && v <= maximum;
    if (!inRange)
        refuse(key, range(minimum, maximum, minimumExcluded));
    return v;
}

int JsonParams::integer(const QString &key, int fallback, int minimum, int maximum)
{
    m_known.append(key);
    if (!m_json.contains(key))
        return fallback;
    double v = 0;
    if (!toNumber(m_json.value(key), &v) || v != std::floor(v) || v < minimum || v > maximum)
        refuse(key, QStringLiteral("an integer in %1..%2").arg(minimum).arg(maximum));
    return int(v);
}

bool JsonParams::boolean(const QString &key, bool fallback)
{
    m_known.append(key);
    if (!m_json.contains(key))
        return fallback;
    const QJsonValue value = m_json.value(key);
    if (value.isBool())
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    refuse(key, QStringLiteral("true or false"));
}

QString JsonParams::choice(const QString &key, const QString &fallback, const QStringList &choices)
{
    m_known.append(key);
    if (!m_json.contains(key))
        return fallback;
    const QString value = m_json.value(key).toString();
    if (!m_json.value(key).isString() || !choices.contains(value))
        refuse(key, QStringLiteral("one of ") + choices.join(QStringLiteral(", ")));
    return value;
}

void JsonParams::finish() const
{
    for (auto it = m_json.begin(); it != m_json.end(); ++it)
        if (!m_known.contains(it.key()))
            throw Error::settings(QStringLiteral("%1: unknown hyper-parameter \"%2\"; accepted: %3")
                                      .arg(m_family, it.key(), m_known.join(QStringLiteral(", "))));
}

} // namespace streamml::model::learners
