#include "view/parameter_text.h"

namespace streamml::view {

QString ParameterText::value(const QJsonValue &value, int digits)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', digits);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QString ParameterText::variantName(const QString &variant)
{
    const QString first = variant.section(QLatin1Char(','), 0, 0).trimmed();
    return first.startsWith(QLatin1String("name=")) ? first.mid(5) : first;
}

} // namespace streamml::view
