#include "model/settings/key_def.h"

#include "model/settings/duration.h"

namespace streamml::model::settings {

namespace {
bool parseBoolean(const QString &value, bool *ok)
{
    const QString v = value.trimmed().toLower();
    *ok = true;
    if (v == u"true" || v == u"1" || v == u"yes" || v == u"on")
        return true;
    if (v == u"false" || v == u"0" || v == u"no" || v == u"off")
        return false;
    *ok = false;
    return false;
}
} // namespace

std::optional<QString> KeyDef::check(const QString &value) const
{
    bool ok = true;
    switch (type) {
    case Type::Integer: {
        const qlonglong v = value.trimmed().toLongLong(&ok);
        ok = ok && v >= qlonglong(minimum) && v <= qlonglong(maximum);
        break;
    }
    case Type::Real: {
        const double v = value.trimmed().toDouble(&ok);
        ok = ok && v >= minimum && v <= maximum;
        break;
    }
    case Type::Boolean:
        parseBoolean(value, &ok);
        break;
    case Type::Choice:
        ok = choices.contains(value.trimmed());
        break;
    case Type::Duration:
        ok = value.trimmed().isEmpty() || Duration::parse(value).has_value();
        break;
    case Type::Text:
    case Type::List:
    case Type::Path:
        break;
    }
    if (ok)
        return std::nullopt;
    return acceptedRange();
}

QString KeyDef::acceptedRange() const
{
    switch (type) {
    case Type::Integer:
        return QStringLiteral("an integer in %1..%2").arg(qlonglong(minimum)).arg(qlonglong(maximum));
    case Type::Real:
        return QStringLiteral("a number in %1..%2").arg(minimum).arg(maximum);
    case Type::Boolean:
        return QStringLiteral("true or false");
    case Type::Choice:
        return QStringLiteral("one of %1").arg(choices.join(QStringLiteral(", ")));
    case Type::Duration:
        return QStringLiteral("empty or a count and a unit: h, d, w, m (months), q (quarters), y, e.g. 7d or 1y");
    case Type::Text:
        return QStringLiteral("any text");
    case Type::List:
        return QStringLiteral("a comma-separated list");
    case Type::Path:
        return QStringLiteral("a path (relative paths start at the settings file's folder)");
    }
    return {};
}

} // namespace streamml::model::settings
