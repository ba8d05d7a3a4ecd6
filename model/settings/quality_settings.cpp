#include "model/settings/quality_settings.h"

#include "model/core/error.h"
#include "model/settings/settings.h"

namespace streamml::model::settings {

namespace {
double bound(const QString &text, const QString &fragment)
{
    if (text.trimmed().isEmpty())
        return std::nan("");
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok)
        throw core::Error::settings(QStringLiteral("[quality] valid_ranges: \"%1\" has a bound that is not a number; "
                                                   "expected column:low..high").arg(fragment));
    return value;
}
} // namespace

QHash<QString, QualitySettings::Range> QualitySettings::parseRanges(const QString &text)
{
    QHash<QString, Range> ranges;
    const QStringList fragments = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &fragment : fragments) {
        const qsizetype colon = fragment.lastIndexOf(QLatin1Char(':'));
        const qsizetype dots = fragment.indexOf(QStringLiteral(".."), colon);
        if (colon <= 0 || dots < 0)
            throw core::Error::settings(QStringLiteral("[quality] valid_ranges: \"%1\" is not column:low..high").arg(fragment.trimmed()));
        Range range;
        range.low = bound(fragment.mid(colon + 1, dots - colon - 1), fragment.trimmed());
        range.high = bound(fragment.mid(dots + 2), fragment.trimmed());
        if (range.low > range.high)
            throw core::Error::settings(QStringLiteral("[quality] valid_ranges: \"%1\" has low above high").arg(fragment.trimmed()));
        ranges.insert(fragment.left(colon).trimmed(), range);
    }
    return ranges;
}

QualitySettings QualitySettings::from(const Settings &s)
{
    const QString q = QStringLiteral("quality");
    QualitySettings r;
    r.validRanges = parseRanges(s.text(q, QStringLiteral("valid_ranges")));
    r.maxMissingShare = s.real(q, QStringLiteral("max_missing_share"));
    r.dropColumnMissingShare = s.real(q, QStringLiteral("drop_column_missing_share"));
    r.maxOutOfRangeShare = s.real(q, QStringLiteral("max_out_of_range_share"));
    r.clipOutOfRange = s.boolean(q, QStringLiteral("clip_out_of_range"));
    r.maxTypeViolationShare = s.real(q, QStringLiteral("max_type_violation_share"));
    r.maxUnseenCategoryShare = s.real(q, QStringLiteral("max_unseen_category_share"));
    r.constantShare = s.real(q, QStringLiteral("constant_share"));
    r.maxDuplicateShare = s.real(q, QStringLiteral("max_duplicate_share"));
    r.dropDuplicates = s.boolean(q, QStringLiteral("drop_duplicates"));
    r.outlierIqrK = s.real(q, QStringLiteral("outlier_iqr_k"));
    r.outlierZ = s.real(q, QStringLiteral("outlier_z"));
    r.maxOutlierShare = s.real(q, QStringLiteral("max_outlier_share"));
    r.maxOutOfOrderShare = s.real(q, QStringLiteral("max_out_of_order_share"));
    const auto tolerance = s.duration(q, QStringLiteral("future_tolerance"));
    r.futureToleranceMs = tolerance ? tolerance->windowEnd(0) : 0;
    r.minRows = s.integer(q, QStringLiteral("min_rows"));
    r.quarantineMissingShare = s.real(q, QStringLiteral("quarantine_missing_share"));
    r.quarantineTargetMissingShare = s.real(q, QStringLiteral("quarantine_target_missing_share"));
    r.minQualityScore = s.real(q, QStringLiteral("min_quality_score"));
    r.referenceBatches = int(s.integer(q, QStringLiteral("reference_batches")));
    return r;
}

} // namespace streamml::model::settings
