#pragma once

#include <QVariant>
#include <cmath>

namespace streamml::model::store {

/// Conversions between doubles with NaN for "none" and SQL values with NULL.
class SqlValues
{
public:
    static QVariant nullable(double value)
    {
        return std::isnan(value) ? QVariant(QMetaType::fromType<double>()) : QVariant(value);
    }
    static double orNan(const QVariant &value) { return value.isNull() ? std::nan("") : value.toDouble(); }
};

} // namespace streamml::model::store
