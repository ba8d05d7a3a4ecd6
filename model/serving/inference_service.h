#pragma once

#include "model/settings/settings.h"

#include <QStringList>

namespace streamml::model::store {
class Database;
}

namespace streamml::model::serving {

/// Applies the champion (and the fallback) to an external file and saves the input's rows and
/// columns plus the prediction, its probability, and which model version answered each row.
/// Missing feature columns are treated as missing values, extra columns are kept, unseen categories
/// and bad values are handled per row; a row that cannot be predicted is reported in the output.
class InferenceService
{
public:
    struct Outcome
    {
        QString outputPath;
        qint64 rows = 0;
        qint64 byChampion = 0;
        qint64 byFallback = 0;
        qint64 unanswered = 0;
        QStringList warnings;
    };

    InferenceService(const settings::Settings &settings, store::Database &database, QString predictionsDir);

    /// Throws Error::input for an unreadable file and Error::model when no champion exists yet.
    Outcome run(const QString &inputPath) const;

private:
    settings::Settings m_settings;
    store::Database &m_db;
    QString m_predictionsDir;
};

} // namespace streamml::model::serving
