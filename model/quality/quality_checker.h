#pragma once

#include "model/data/column_roles.h"
#include "model/quality/batch_facts.h"
#include "model/quality/quality_report.h"
#include "model/quality/reference_stats.h"
#include "model/settings/quality_settings.h"

namespace streamml::model::quality {

/// Measures a batch's data quality against [quality] rules and the reference window, scores it and
/// decides whether it is quarantined. Figures are computed for every column; rules judge only the
/// columns learning uses (features and target) and the batch as a whole.
class QualityChecker
{
public:
    explicit QualityChecker(settings::QualitySettings settings);

    QualityReport check(const data::Table &batch, const BatchFacts &facts, const data::ColumnRoles &roles,
                        const ReferenceStats &reference) const;

private:
    ColumnQuality measure(const data::Column &column, qint64 typeViolations, const ReferenceStats &reference) const;
    void numericFigures(const data::Column &column, const ReferenceStats::ColumnStats *reference, ColumnQuality &q) const;
    void categoryFigures(const data::Column &column, const ReferenceStats::ColumnStats *reference, ColumnQuality &q) const;
    void judgeColumn(const ColumnQuality &q, bool isFeature, QualityReport &report) const;
    void judgeBatch(const data::Table &batch, const data::ColumnRoles &roles, QualityReport &report) const;
    double score(const data::Table &batch, const data::ColumnRoles &roles, const QualityReport &report) const;
    void add(QualityReport &report, const QString &rule, const QString &column, double value, double threshold,
             QualityFinding::Severity severity) const;

    settings::QualitySettings m_settings;
};

} // namespace streamml::model::quality
