#include "model/quality/quality_checker.h"

#include "model/quality/duplicate_rows.h"

#include <algorithm>

namespace streamml::model::quality {

using Severity = QualityFinding::Severity;

namespace {
double share(qint64 count, qint64 total)
{
    return total > 0 ? double(count) / double(total) : 0.0;
}

/// Share of the most frequent value among the present ones.
double dominantShareOf(std::vector<double> values)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    qint64 best = 1;
    qint64 run = 1;
    for (size_t i = 1; i < values.size(); ++i) {
        run = values[i] == values[i - 1] ? run + 1 : 1;
        best = std::max(best, run);
    }
    return share(best, qint64(values.size()));
}

QString describe(const QString &rule, const QString &column, double value, double threshold)
{
    const QString where = column.isEmpty() ? QStringLiteral("batch") : column;
    const QString comparison = rule == u"min_rows" || rule == u"quality_score" ? QStringLiteral("<") : QStringLiteral(">");
    return QStringLiteral("%1 on %2: %3 %4 %5").arg(rule, where).arg(value, 0, 'g', 4).arg(comparison).arg(threshold, 0, 'g', 4);
}
} // namespace

QualityChecker::QualityChecker(settings::QualitySettings settings)
    : m_settings(std::move(settings))
{
}

void QualityChecker::add(QualityReport &report, const QString &rule, const QString &column, double value,
                         double threshold, Severity severity) const
{
    report.findings.push_back({rule, column, value, threshold, severity, describe(rule, column, value, threshold)});
}

void QualityChecker::numericFigures(const data::Column &column, const ReferenceStats::ColumnStats *reference,
                                    ColumnQuality &q) const
{
    std::vector<double> present;
    present.reserve(column.numbers().size());
    for (double v : column.numbers())
        if (!std::isnan(v))
            present.push_back(v);
    const qint64 rows = column.size();
    q.dominantShare = dominantShareOf(present);
    const auto range = m_settings.validRanges.constFind(column.name());
    if (range != m_settings.validRanges.constEnd())
        q.outOfRangeShare = share(std::count_if(present.begin(), present.end(), [&](double v) { return !range->contains(v); }), rows);
    if (!reference || column.isTime())
        return;
    const double iqr = reference->q3 - reference->q1;
    if (iqr > 0) {
        const double low = reference->q1 - m_settings.outlierIqrK * iqr;
        const double high = reference->q3 + m_settings.outlierIqrK * iqr;
        q.outlierIqrShare = share(std::count_if(present.begin(), present.end(), [&](double v) { return v < low || v > high; }), rows);
    }
    if (reference->std > 0) {
        const double limit = m_settings.outlierZ * reference->std;
        q.outlierZShare = share(std::count_if(present.begin(), present.end(), [&](double v) { return std::abs(v - reference->mean) > limit; }), rows);
    }
}

void QualityChecker::categoryFigures(const data::Column &column, const ReferenceStats::ColumnStats *reference,
                                     ColumnQuality &q) const
{
    std::vector<qint64> counts(size_t(column.dictionary().size()), 0);
    for (std::int32_t code : column.codes())
        if (code >= 0)
            ++counts[size_t(code)];
    const qint64 present = column.size() - column.missingCount();
    if (present > 0)
        q.dominantShare = share(*std::max_element(counts.begin(), counts.end()), present);
    if (!reference)
        return;
    qint64 unseen = 0;
    for (size_t i = 0; i < counts.size(); ++i)
        if (counts[i] > 0 && !reference->categories.contains(column.dictionary().at(qsizetype(i))))
            unseen += counts[i];
    q.unseenCategoryShare = share(unseen, column.size());
}

ColumnQuality QualityChecker::measure(const data::Column &column, qint64 typeViolations, const ReferenceStats &reference) const
{
    ColumnQuality q;
    q.column = column.name();
    q.kind = column.kind();
    q.missingShare = share(column.missingCount(), column.size());
    q.typeViolationShare = share(typeViolations, column.size());
    const ReferenceStats::ColumnStats *stats = reference.isEmpty() ? nullptr : reference.column(column.name());
    if (column.isCategorical())
        categoryFigures(column, stats, q);
    else
        numericFigures(column, stats, q);
    return q;
}

void QualityChecker::judgeColumn(const ColumnQuality &q, bool isFeature, QualityReport &report) const
{
    const settings::QualitySettings &s = m_settings;
    if (q.missingShare > s.maxMissingShare) {
        const bool dropped = isFeature && q.missingShare >= s.dropColumnMissingShare;
        add(report, QStringLiteral("missing_share"), q.column, q.missingShare, s.maxMissingShare, dropped ? Severity::Clean : Severity::Warning);
    }
    if (q.outOfRangeShare > s.maxOutOfRangeShare)
        add(report, QStringLiteral("out_of_range_share"), q.column, q.outOfRangeShare, s.maxOutOfRangeShare,
            s.clipOutOfRange ? Severity::Clean : Severity::Warning);
    if (q.typeViolationShare > s.maxTypeViolationShare)
        add(report, QStringLiteral("type_violation_share"), q.column, q.typeViolationShare, s.maxTypeViolationShare, Severity::Warning);
    if (q.unseenCategoryShare > s.maxUnseenCategoryShare)
        add(report, QStringLiteral("unseen_category_share"), q.column, q.unseenCategoryShare, s.maxUnseenCategoryShare, Severity::Warning);
    if (q.dominantShare >= s.constantShare)
        add(report, QStringLiteral("constant"), q.column, q.dominantShare, s.constantShare, Severity::Warning);
    const double outliers = std::max(std::isnan(q.outlierIqrShare) ? 0.0 : q.outlierIqrShare,
                                     std::isnan(q.outlierZShare) ? 0.0 : q.outlierZShare);
    if (outliers > s.maxOutlierShare)
        add(report, QStringLiteral("outlier_share"), q.column, outliers, s.maxOutlierShare, Severity::Warning);
}

void QualityChecker::judgeBatch(const data::Table &batch, const data::ColumnRoles &roles, QualityReport &report) const
{
    const settings::QualitySettings &s = m_settings;
    if (report.duplicateShare > s.maxDuplicateShare)
        add(report, QStringLiteral("duplicate_share"), {}, report.duplicateShare, s.maxDuplicateShare,
            s.dropDuplicates ? Severity::Clean : Severity::Warning);
    if (report.outOfOrderShare > s.maxOutOfOrderShare)
        add(report, QStringLiteral("out_of_order_share"), roles.time(), report.outOfOrderShare, s.maxOutOfOrderShare, Severity::Warning);
    if (report.futureShare > 0)
        add(report, QStringLiteral("future_share"), roles.time(), report.futureShare, 0, Severity::Warning);
    if (report.rows < s.minRows)
        add(report, QStringLiteral("min_rows"), {}, double(report.rows), double(s.minRows), Severity::Quarantine);
    if (!roles.features().isEmpty() && report.featureMissingShare >= s.quarantineMissingShare)
        add(report, QStringLiteral("quarantine_missing_share"), {}, report.featureMissingShare, s.quarantineMissingShare, Severity::Quarantine);
    if (roles.hasTarget()) {
        const data::Column &target = batch.column(roles.target());
        const double missing = share(target.missingCount(), target.size());
        if (missing >= s.quarantineTargetMissingShare)
            add(report, QStringLiteral("quarantine_target_missing_share"), roles.target(), missing, s.quarantineTargetMissingShare, Severity::Quarantine);
    }
    if (report.score < s.minQualityScore)
        add(report, QStringLiteral("quality_score"), {}, report.score, s.minQualityScore, Severity::Quarantine);
}

double QualityChecker::score(const data::Table &batch, const data::ColumnRoles &roles, const QualityReport &report) const
{
    const QStringList learning = roles.learningColumns();
    const double cells = double(batch.rowCount()) * double(learning.size());
    if (cells <= 0)
        return 0;
    double unclean = 0;
    for (const ColumnQuality &q : report.columns) {
        if (!learning.contains(q.column))
            continue;
        const double rows = double(batch.rowCount());
        unclean += rows * q.missingShare;
        unclean += rows * (std::isnan(q.outOfRangeShare) ? 0.0 : q.outOfRangeShare);
        unclean += rows * (std::isnan(q.unseenCategoryShare) ? 0.0 : q.unseenCategoryShare);
    }
    unclean += double(batch.rowCount()) * (report.duplicateShare + report.futureShare) * double(learning.size());
    return 100.0 * std::max(0.0, 1.0 - unclean / cells);
}

QualityReport QualityChecker::check(const data::Table &batch, const BatchFacts &facts, const data::ColumnRoles &roles,
                                    const ReferenceStats &reference) const
{
    QualityReport report;
    report.rows = batch.rowCount();
    qint64 featureCells = 0;
    qint64 featureMissing = 0;
    for (const data::Column &column : batch.columns()) {
        ColumnQuality q = measure(column, facts.typeViolations.value(column.name()), reference);
        q.role = data::ColumnRoles::roleName(roles.roleOf(column.name()));
        if (roles.features().contains(column.name())) {
            featureCells += column.size();
            featureMissing += column.missingCount();
        }
        report.columns.push_back(std::move(q));
    }
    report.featureMissingShare = share(featureMissing, featureCells);
    report.duplicateRows = DuplicateRows::flags(batch);
    report.duplicateShare = share(std::count(report.duplicateRows.begin(), report.duplicateRows.end(), true), report.rows);
    report.outOfOrderShare = share(facts.outOfOrderRows, report.rows);
    const std::vector<double> &times = batch.column(roles.time()).numbers();
    const double future = double(facts.arrivedAtMs + m_settings.futureToleranceMs);
    report.futureShare = share(std::count_if(times.begin(), times.end(), [&](double t) { return t > future; }), report.rows);
    for (const ColumnQuality &q : report.columns)
        if (roles.learningColumns().contains(q.column))
            judgeColumn(q, roles.features().contains(q.column), report);
    report.score = score(batch, roles, report);
    judgeBatch(batch, roles, report);
    const bool quarantined = std::any_of(report.findings.begin(), report.findings.end(),
                                         [](const QualityFinding &f) { return f.severity == Severity::Quarantine; });
    report.status = quarantined ? QStringLiteral("quarantined") : QStringLiteral("accepted");
    return report;
}

} // namespace streamml::model::quality
