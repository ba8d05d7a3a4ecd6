#include "model/settings/feature_settings.h"

#include "model/core/error.h"
#include "model/settings/settings.h"

namespace streamml::model::settings {

namespace {
QList<QPair<QString, QString>> pairs(const QString &text, const QString &separator, const char *key)
{
    QList<QPair<QString, QString>> result;
    const QStringList fragments = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &fragment : fragments) {
        const qsizetype at = fragment.indexOf(separator);
        if (at <= 0 || fragment.mid(at + separator.size()).trimmed().isEmpty())
            throw core::Error::settings(QStringLiteral("[features] %1: \"%2\" is not `a%3b` (spaces around the operator)")
                                            .arg(QLatin1String(key), fragment.trimmed(), separator));
        result.append({fragment.left(at).trimmed(), fragment.mid(at + separator.size()).trimmed()});
    }
    return result;
}
} // namespace

QStringList FeatureSettings::knownTimeParts()
{
    return {QStringLiteral("hour"), QStringLiteral("weekday"), QStringLiteral("month"), QStringLiteral("quarter"),
            QStringLiteral("year"), QStringLiteral("dayofyear"), QStringLiteral("is_weekend")};
}

FeatureSettings FeatureSettings::from(const Settings &s)
{
    const QString f = QStringLiteral("features");
    FeatureSettings r;
    r.timeParts = s.list(f, QStringLiteral("time_parts"));
    for (const QString &part : r.timeParts)
        if (!knownTimeParts().contains(part))
            throw core::Error::settings(QStringLiteral("[features] time_parts: \"%1\" is unknown; accepted: %2")
                                            .arg(part, knownTimeParts().join(QStringLiteral(", "))));
    r.ratios = pairs(s.text(f, QStringLiteral("ratios")), QStringLiteral(" / "), "ratios");
    r.differences = pairs(s.text(f, QStringLiteral("differences")), QStringLiteral(" - "), "differences");
    r.frequencyMinLevels = int(s.integer(f, QStringLiteral("frequency_min_levels")));
    const QString log = s.text(f, QStringLiteral("log_columns"));
    r.logAuto = log == u"auto";
    if (!r.logAuto && log != u"none")
        for (const QString &column : log.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            r.logColumns.append(column.trimmed());
    r.logSkewness = s.real(f, QStringLiteral("log_skewness"));
    return r;
}

} // namespace streamml::model::settings
