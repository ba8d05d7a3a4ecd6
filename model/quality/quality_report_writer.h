#pragma once

#include "model/quality/quality_report.h"
#include "model/store/batch_record.h"

namespace streamml::model::quality {

/// Writes a batch's data-quality report as Markdown (through a temporary file renamed into place).
class QualityReportWriter
{
public:
    static QString markdown(const store::BatchRecord &batch, const QualityReport &report);
    /// Writes `<dir>/batch_<id>.md` and returns its path; throws Error::store when it cannot.
    static QString write(const QString &dir, const store::BatchRecord &batch, const QualityReport &report);
};

} // namespace streamml::model::quality
