#pragma once

#include <QPair>
#include <QStringList>

namespace streamml::model::settings {

class Settings;

/// [features]: which engineered features to add; the fitted parts travel with the model.
struct FeatureSettings
{
    QStringList timeParts;
    QList<QPair<QString, QString>> ratios;      ///< numerator, denominator
    QList<QPair<QString, QString>> differences; ///< minuend, subtrahend
    int frequencyMinLevels = 30;
    bool logAuto = true;
    QStringList logColumns;
    double logSkewness = 1.0;

    static FeatureSettings from(const Settings &settings);
    static QStringList knownTimeParts();
};

} // namespace streamml::model::settings
