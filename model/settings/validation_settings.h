#pragma once

#include <QString>

namespace streamml::model::settings {

class Settings;

/// [validation]: how candidates are scored, which metric decides, and the promotion gate.
struct ValidationSettings
{
    enum class Scheme { TimeSeries, KFold, HoldOut };

    Scheme scheme = Scheme::TimeSeries;
    int folds = 3;
    int gap = 0;
    double holdoutFraction = 0.25;
    QString metric = QStringLiteral("auto");
    double margin = 0.002;
    int windowBatches = 0;
    quint32 seed = 42;
    QString detector = QStringLiteral("adwin");

    static ValidationSettings from(const Settings &settings);
    /// The scheme as settings.ini spells it.
    static QString schemeName(Scheme scheme);
};

} // namespace streamml::model::settings
