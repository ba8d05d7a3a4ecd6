#pragma once

#include <QHash>
#include <QString>
#include <cmath>

namespace streamml::model::settings {

class Settings;

/// [quality]: the data-quality rules, their thresholds, and what cleaning and quarantine do.
struct QualitySettings
{
    /// A valid numeric range; NaN bounds are open.
    struct Range
    {
        double low = std::nan("");
        double high = std::nan("");
        bool contains(double value) const { return !(value < low) && !(value > high); }
    };

    QHash<QString, Range> validRanges;
    double maxMissingShare = 0.5;
    double dropColumnMissingShare = 0.95;
    double maxOutOfRangeShare = 0.01;
    bool clipOutOfRange = true;
    double maxTypeViolationShare = 0.01;
    double maxUnseenCategoryShare = 0.05;
    double constantShare = 0.95;
    double maxDuplicateShare = 0.05;
    bool dropDuplicates = true;
    double outlierIqrK = 1.5;
    double outlierZ = 3;
    double maxOutlierShare = 0.05;
    double maxOutOfOrderShare = 0.05;
    qint64 futureToleranceMs = 86400000;
    qint64 minRows = 20;
    double quarantineMissingShare = 0.9;
    double quarantineTargetMissingShare = 0.5;
    double minQualityScore = 50;
    int referenceBatches = 5;

    static QualitySettings from(const Settings &settings);
    /// Parses "column:low..high; other:..high"; throws Error::settings naming the bad fragment.
    static QHash<QString, Range> parseRanges(const QString &text);
};

} // namespace streamml::model::settings
