#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace streamml::model::settings {

/// One documented settings key: where it lives, its type, default and accepted range.
struct KeyDef
{
    enum class Type { Integer, Real, Boolean, Choice, Text, List, Path, Duration };

    QString section;
    QString key;
    Type type = Type::Text;
    QString defaultValue;
    QString help;
    double minimum = 0;
    double maximum = 0;
    QStringList choices;

    /// Null when `value` is acceptable, else what is accepted (used in the error message).
    std::optional<QString> check(const QString &value) const;
    /// The accepted range as a user reads it ("an integer in 1..1000000", "one of file, folder, sql").
    QString acceptedRange() const;
    QString name() const { return section + QLatin1Char('/') + key; }
};

} // namespace streamml::model::settings
