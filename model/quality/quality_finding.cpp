#include "model/quality/quality_finding.h"

namespace streamml::model::quality {

QString QualityFinding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Clean: return QStringLiteral("clean");
    case Severity::Quarantine: return QStringLiteral("quarantine");
    }
    return {};
}

} // namespace streamml::model::quality
