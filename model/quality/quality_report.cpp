#include "model/quality/quality_report.h"

namespace streamml::model::quality {

QStringList QualityReport::reasons() const
{
    QStringList lines;
    for (const QualityFinding &f : findings)
        lines.append(f.message);
    return lines;
}

} // namespace streamml::model::quality
