#include "model/learners/hyperparameter_reader.h"

#include "model/core/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace streamml::model::learners {

namespace {

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

HyperparameterReader::HyperparameterReader(QJsonObject json, QString family)
    : m_json(std::move(json))
    , m_family(std::move(family))
{
}

int HyperparameterReader::integer(const QString &key, int fallback, int minimum, int maximum)
{
    m_known << key;
    if (!m_json.contains(key))
        return fallback;
    const QJsonValue value = m_json.value(key);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || number != std::floor(number) || number < minimum || number > maximum)
        fail(key, QStringLiteral("an integer in %1..%2").arg(minimum).arg(maximum));
    return int(number);
}

double HyperparameterReader::real(const QString &key, double fallback, double minimum, double maximum)
{
    m_known << key;
    if (!m_json.contains(key))
        return fallback;
    const QJsonValue value = m_json.value(key);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !(number >= minimum && number <= maximum))
        fail(key, QStringLiteral("a number in %1..%2").arg(minimum, 0, 'g', 17).arg(maximum, 0, 'g', 17));
    return number;
}

double HyperparameterReader::positiveReal(const QString &key, double fallback, double maximum)
{
    m_known << key;
    if (!m_json.contains(key))
        return fallback;
    const QJsonValue value = m_json.value(key);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !(number > 0 && number <= maximum))
        fail(key, QStringLiteral("a number above 0 and at most %1").arg(maximum, 0, 'g', 17));
    return number;
}

QString HyperparameterReader::choice(const QString &key, const QString &fallback, const QStringList &choices)
{
    m_known << key;
    if (!m_json.contains(key))
        return fallback;
    const QJsonValue value = m_json.value(key);
    if (!value.isString() || !choices.contains(value.toString()))
        fail(key, QStringLiteral("one of ") + choices.join(QStringLiteral(", ")));
    return value.toString();
}

void HyperparameterReader::rejectUnknownKeys() const
{
    for (auto it = m_json.begin(); it != m_json.end(); ++it) {
        if (!m_known.contains(it.key()))
            throw core::Error::settings(QStringLiteral("%1: unknown hyper-parameter \"%2\"; known keys are %3")
                                            .arg(m_family, it.key(), m_known.join(QStringLiteral(", "))));
    }
}

void HyperparameterReader::fail(const QString &key, const QString &accepted) const
{
    throw core::Error::settings(QStringLiteral("%1: hyper-parameter \"%2\" = %3 is not accepted; expected %4")
                                    .arg(m_family, key, shown(m_json.value(key)), accepted));
}

} // namespace streamml::model::learners
