#pragma once

#include <QString>

namespace streamml::model::quality {

/// One rule a batch failed: which rule, on which column (empty for the whole batch), the measured
/// value against its threshold, and what it leads to.
struct QualityFinding
{
    enum class Severity { Warning, Clean, Quarantine };

    QString rule;
    QString column;
    double value = 0;
    double threshold = 0;
    Severity severity = Severity::Warning;
    QString message;

    static QString severityName(Severity severity);
};

} // namespace streamml::model::quality
