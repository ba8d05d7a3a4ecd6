#include "model/prep/prep_variant.h"

#include "model/core/error.h"
#include "model/prep/category_encoder.h"
#include "model/prep/category_imputer.h"
#include "model/prep/numeric_imputer.h"
#include "model/prep/scaler.h"

#include <QHash>
#include <cmath>

namespace streamml::model::prep {

using core::Error;

namespace {

const QString kNone = QStringLiteral("none");

Error badValue(const QString &key, const QString &value, const QString &accepted)
{
    return Error::settings(QStringLiteral("prep variant: %1=%2 is not accepted; expected %3").arg(key, value, accepted));
}

bool parseBool(const QString &key, const QString &value)
{
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on"), QStringLiteral("1")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off"), QStringLiteral("0")};
    if (yes.contains(value.toLower()))
        return true;
    if (no.contains(value.toLower()))
        return false;
    throw badValue(key, value, QStringLiteral("true or false"));
}

double parseReal(const QString &key, const QString &value)
{
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok)
        throw badValue(key, value, QStringLiteral("a number"));
    return v;
}

int parseInt(const QString &key, const QString &value)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok)
        throw badValue(key, value, QStringLiteral("an integer"));
    return v;
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

void checkChoice(const QString &key, const QString &value, const QStringList &choices)
{
    if (!choices.contains(value))
        throw badValue(key, value, QStringLiteral("one of ") + choices.join(QStringLiteral(", ")));
}

/// Labels end up inside key=value text, so they must not hold its separators.
void checkLabel(const QString &key, const QString &value)
{
    if (value.trimmed().isEmpty() || value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('=')))
        throw badValue(key, value, QStringLiteral("a non-empty text without ',' or '='"));
}

void assign(PrepVariant &v, const QString &key, const QString &value)
{
    if (key == QLatin1String("name"))
        v.name = value;
    else if (key == QLatin1String("imputer"))
        v.numericImputer = value;
    else if (key == QLatin1String("categorical_imputer"))
        v.categoricalImputer = value;
    else if (key == QLatin1String("indicators"))
        v.indicators = parseBool(key, value);
    else if (key == QLatin1String("encoder"))
        v.encoder = value;
    else if (key == QLatin1String("max_levels"))
        v.maxLevels = parseInt(key, value);
    else if (key == QLatin1String("min_frequency"))
        v.minFrequency = parseReal(key, value);
    else if (key == QLatin1String("scaler"))
        v.scaler = value;
    else if (key == QLatin1String("keep_nan"))
        v.keepNan = parseBool(key, value);
    else if (key == QLatin1String("fill_value"))
        v.fillValue = parseReal(key, value);
    else if (key == QLatin1String("fill_label"))
        v.fillLabel = value;
    else
        throw Error::settings(QStringLiteral("prep variant: unknown key \"%1\"; accepted keys: %2")
                                  .arg(key, PrepVariant::keys().join(QStringLiteral(", "))));
}

} // namespace

PrepVariant PrepVariant::linear()
{
    return PrepVariant{};
}

PrepVariant PrepVariant::tree()
{
    PrepVariant v;
    v.name = QStringLiteral("tree");
    v.numericImputer = kNone;
    v.categoricalImputer = kNone;
    v.indicators = false;
    v.encoder = QStringLiteral("ordinal");
    v.minFrequency = 0;
    v.scaler = kNone;
    v.keepNan = true;
    return v;
}

PrepVariant PrepVariant::named(const QString &name)
{
    if (name == QLatin1String("linear"))
        return linear();
    if (name == QLatin1String("tree"))
        return tree();
    throw Error::settings(QStringLiteral("unknown prep variant \"%1\"; the standard variants are: %2")
                              .arg(name, standardNames().join(QStringLiteral(", "))));
}

PrepVariant PrepVariant::parse(const QString &text)
{
    QHash<QString, QString> pairs;
    QStringList order;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals < 0)
            throw Error::settings(QStringLiteral("prep variant: \"%1\" is not key=value").arg(part.trimmed()));
        const QString key = part.left(equals).trimmed();
        if (pairs.contains(key))
            throw Error::settings(QStringLiteral("prep variant: key \"%1\" is given twice").arg(key));
        pairs.insert(key, part.mid(equals + 1).trimmed());
        order.append(key);
    }
    const QString name = pairs.value(QStringLiteral("name"));
    PrepVariant v = standardNames().contains(name) ? named(name) : linear();
    for (const QString &key : order)
        assign(v, key, pairs.value(key));
    v.validate();
    return v;
}

QString PrepVariant::toText() const
{
    // Joined rather than formatted with arg(), so labels holding '%' stay as they are.
    const QStringList values{name,
                             numericImputer,
                             categoricalImputer,
                             boolText(indicators),
                             encoder,
                             QString::number(maxLevels),
                             QString::number(minFrequency, 'g', 17),
                             scaler,
                             boolText(keepNan),
                             QString::number(fillValue, 'g', 17),
                             fillLabel};
    const QStringList names = keys();
    QStringList pairs;
    for (qsizetype i = 0; i < names.size(); ++i)
        pairs.append(names.at(i) + QLatin1Char('=') + values.at(i));
    return pairs.join(QStringLiteral(", "));
}

void PrepVariant::validate() const
{
    checkLabel(QStringLiteral("name"), name);
    checkChoice(QStringLiteral("imputer"), numericImputer, NumericImputer::registry().names() << kNone);
    checkChoice(QStringLiteral("categorical_imputer"), categoricalImputer,
                CategoryImputer::registry().names() << kNone);
    checkChoice(QStringLiteral("encoder"), encoder, CategoryEncoder::registry().names());
    checkChoice(QStringLiteral("scaler"), scaler, Scaler::registry().names());
    if (maxLevels < 1 || maxLevels > 100000)
        throw badValue(QStringLiteral("max_levels"), QString::number(maxLevels), QStringLiteral("an integer in 1..100000"));
    if (!(minFrequency >= 0 && minFrequency < 1))
        throw badValue(QStringLiteral("min_frequency"), QString::number(minFrequency), QStringLiteral("a share in [0, 1)"));
    if (!std::isfinite(fillValue))
        throw badValue(QStringLiteral("fill_value"), QString::number(fillValue), QStringLiteral("a finite number"));
    checkLabel(QStringLiteral("fill_label"), fillLabel);
    const bool keepsMissing = numericImputer == kNone || categoricalImputer == kNone;
    if (keepsMissing && !keepNan)
        throw Error::settings(QStringLiteral("prep variant \"%1\": an imputer set to none keeps missing values, "
                                             "which needs keep_nan=true; or choose an imputer").arg(name));
    if (!keepsMissing && keepNan)
        throw Error::settings(QStringLiteral("prep variant \"%1\": keep_nan=true but both imputers fill missing "
                                             "values; set imputer=none or categorical_imputer=none, or keep_nan=false")
                                  .arg(name));
}

QStringList PrepVariant::keys()
{
    return {QStringLiteral("name"),        QStringLiteral("imputer"),    QStringLiteral("categorical_imputer"),
            QStringLiteral("indicators"),  QStringLiteral("encoder"),    QStringLiteral("max_levels"),
            QStringLiteral("min_frequency"), QStringLiteral("scaler"),   QStringLiteral("keep_nan"),
            QStringLiteral("fill_value"),  QStringLiteral("fill_label")};
}

QStringList PrepVariant::standardNames()
{
    return {QStringLiteral("linear"), QStringLiteral("tree")};
}

} // namespace streamml::model::prep
