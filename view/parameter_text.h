#pragma once

#include <QJsonValue>
#include <QString>

namespace streamml::view {

/// How hyper-parameters and preparation variants read in tables and charts.
class ParameterText
{
public:
    /// A number with `digits` significant digits, true / false, or the text itself.
    static QString value(const QJsonValue &value, int digits = 4);
    /// The variant's name, the first of the key=value pairs it is stored as.
    static QString variantName(const QString &variant);
};

} // namespace streamml::view
