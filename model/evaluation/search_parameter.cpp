#include "model/evaluation/search_parameter.h"

#include "model/core/error.h"
#include "model/evaluation/random_state.h"

#include <QRegularExpression>
#include <cmath>
#include <utility>

namespace streamml::model::evaluation {

using core::Error;

namespace {

[[noreturn]] void refuse(const QString &fragment, const QString &reason)
{
    throw Error::settings(QStringLiteral("search space fragment \"%1\": %2. Accepted forms: %3")
                              .arg(fragment, reason, SearchParameter::acceptedForms()));
}

double number(const QString &fragment, const QString &token)
{
    bool ok = false;
    const double value = token.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        refuse(fragment, QStringLiteral("\"%1\" is not a number").arg(token));
    return value;
}

} // namespace

SearchParameter::SearchParameter(QString name, Kind kind, QJsonArray values, double low, double high)
    : m_name(std::move(name))
    , m_kind(kind)
    , m_values(std::move(values))
    , m_low(low)
    , m_high(high)
{
}

QString SearchParameter::acceptedForms()
{
    return QStringLiteral("name=v1,v2,... (numbers, true/false, none or words); name=low..high int; "
                          "name=low..high (uniform); name=low..high log (log-uniform, low > 0)");
}

SearchParameter SearchParameter::parse(const QString &fragment)
{
    const qsizetype equals = fragment.indexOf(QLatin1Char('='));
    if (equals < 0)
        refuse(fragment, QStringLiteral("no \"=\" between a name and its values"));
    const QString name = fragment.left(equals).trimmed();
    const QString spec = fragment.mid(equals + 1).trimmed();
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!identifier.match(name).hasMatch())
        refuse(fragment, QStringLiteral("\"%1\" is not a parameter name (letters, digits, _)").arg(name));
    if (spec.isEmpty())
        refuse(fragment, QStringLiteral("no values after \"=\""));
    return spec.contains(QLatin1String("..")) ? parseRange(fragment, name, spec) : parseList(fragment, name, spec);
}

SearchParameter SearchParameter::parseRange(const QString &fragment, const QString &name, const QString &spec)
{
    static const QRegularExpression form(QStringLiteral("^(\\S+)\\.\\.(\\S+?)(?:\\s+(\\S+))?$"));
    const QRegularExpressionMatch match = form.match(spec);
    if (!match.hasMatch())
        refuse(fragment, QStringLiteral("\"%1\" is not a range").arg(spec));
    const double low = number(fragment, match.captured(1));
    const double high = number(fragment, match.captured(2));
    const QString scale = match.captured(3);
    if (scale == QLatin1String("int")) {
        if (low != std::floor(low) || high != std::floor(high))
            refuse(fragment, QStringLiteral("an int range needs integer bounds"));
        if (low > high)
            refuse(fragment, QStringLiteral("low %1 is above high %2").arg(low).arg(high));
        return SearchParameter(name, Kind::IntRange, {}, low, high);
    }
    if (!scale.isEmpty() && scale != QLatin1String("uniform") && scale != QLatin1String("log"))
        refuse(fragment, QStringLiteral("unknown range scale \"%1\"").arg(scale));
    if (low >= high)
        refuse(fragment, QStringLiteral("a continuous range needs low < high"));
    if (scale == QLatin1String("log") && low <= 0.0)
        refuse(fragment, QStringLiteral("a log range needs low > 0"));
    return SearchParameter(name, scale == QLatin1String("log") ? Kind::LogUniform : Kind::Uniform, {}, low, high);
}

SearchParameter SearchParameter::parseList(const QString &fragment, const QString &name, const QString &spec)
{
    QJsonArray values;
    for (const QString &part : spec.split(QLatin1Char(','))) {
        const QString token = part.trimmed();
        if (token.isEmpty())
            refuse(fragment, QStringLiteral("an empty value in the list"));
        if (token.contains(QRegularExpression(QStringLiteral("\\s"))))
            refuse(fragment, QStringLiteral("\"%1\" holds a space; separate values with commas").arg(token));
        values.append(parseValue(token));
    }
    return SearchParameter(name, Kind::Values, values, 0.0, 0.0);
}

QJsonValue SearchParameter::parseValue(const QString &token)
{
    const QString lowered = token.toLower();
    if (lowered == QLatin1String("none") || lowered == QLatin1String("null"))
        return QJsonValue::Null;
    if (lowered == QLatin1String("true") || lowered == QLatin1String("false"))
        return lowered == QLatin1String("true");
    bool ok = false;
    if (const qint64 integer = token.toLongLong(&ok); ok)
        return integer;
    if (const double real = token.toDouble(&ok); ok && std::isfinite(real))
        return real;
    return token;
}

qint64 SearchParameter::gridSize() const
{
    if (m_kind == Kind::Values)
        return m_values.size();
    if (m_kind == Kind::IntRange)
        return qint64(m_high - m_low) + 1;
    throw Error::settings(QStringLiteral("parameter %1 is a continuous range and has no grid; "
                                         "give it a list or an int range")
                              .arg(m_name));
}

QJsonValue SearchParameter::gridValue(qint64 index) const
{
    return m_kind == Kind::Values ? m_values.at(index) : QJsonValue(qint64(m_low) + index);
}

QJsonValue SearchParameter::draw(RandomState &random) const
{
    if (m_kind == Kind::Values)
        return m_values.at(random.randint(0, m_values.size()));
    if (m_kind == Kind::IntRange)
        return random.randint(qint64(m_low), qint64(m_high) + 1);
    if (m_kind == Kind::Uniform)
        return random.uniform(m_low, m_high); // scipy's u * scale + loc, the same rounding
    return m_low * std::pow(m_high / m_low, random.randomSample()); // scipy's loguniform inverse cdf
}

} // namespace streamml::model::evaluation
