#include "model/quality/quality_report_writer.h"

#include "model/core/error.h"
#include "model/data/column.h"

#include <QDir>
#include <QSaveFile>

namespace streamml::model::quality {

namespace {
QString percent(double share)
{
    return std::isnan(share) ? QStringLiteral("–") : QStringLiteral("%1 %").arg(share * 100.0, 0, 'f', 1);
}
} // namespace

QString QualityReportWriter::markdown(const store::BatchRecord &batch, const QualityReport &report)
{
    QString text;
    text += QStringLiteral("# Data quality of batch %1\n\n").arg(batch.id);
    text += QStringLiteral("- Time range: %1 .. %2\n").arg(data::Column::formatTime(double(batch.timeFrom)), data::Column::formatTime(double(batch.timeTo)));
    text += QStringLiteral("- Rows: %1 (after cleaning: %2)\n").arg(report.rows).arg(report.actions.rowsOut);
    text += QStringLiteral("- Status: **%1**\n").arg(report.status);
    text += QStringLiteral("- Quality score: %1 / 100\n").arg(report.score, 0, 'f', 1);
    text += QStringLiteral("- Duplicated rows: %1; out of order: %2; in the future: %3; feature cells missing: %4\n\n")
                .arg(percent(report.duplicateShare), percent(report.outOfOrderShare), percent(report.futureShare),
                     percent(report.featureMissingShare));
    text += QStringLiteral("## Rules that failed\n\n");
    if (report.findings.empty())
        text += QStringLiteral("None.\n");
    for (const QualityFinding &f : report.findings)
        text += QStringLiteral("- %1 (%2)\n").arg(f.message, QualityFinding::severityName(f.severity));
    text += QStringLiteral("\n## Cleaning\n\n%1\n\n").arg(report.actions.changedAnything() ? report.actions.describe() : QStringLiteral("Nothing changed."));
    text += QStringLiteral("## Columns\n\n| column | role | kind | missing | out of range | type errors | new categories | most frequent value | IQR outliers | z outliers |\n");
    text += QStringLiteral("|---|---|---|---|---|---|---|---|---|---|\n");
    for (const ColumnQuality &q : report.columns)
        text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |\n")
                    .arg(q.column, q.role, data::Column::kindName(q.kind), percent(q.missingShare), percent(q.outOfRangeShare),
                         percent(q.typeViolationShare), percent(q.unseenCategoryShare), percent(q.dominantShare),
                         percent(q.outlierIqrShare))
                    .arg(percent(q.outlierZShare));
    return text;
}

QString QualityReportWriter::write(const QString &dir, const store::BatchRecord &batch, const QualityReport &report)
{
    QDir().mkpath(dir);
    const QString path = QDir(dir).absoluteFilePath(QStringLiteral("batch_%1.md").arg(batch.id));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(markdown(batch, report).toUtf8()) < 0 || !file.commit())
        throw core::Error::store(QStringLiteral("cannot write the quality report %1: %2").arg(path, file.errorString()));
    return path;
}

} // namespace streamml::model::quality
