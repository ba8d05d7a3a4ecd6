#pragma once

#include <QString>

namespace streamml::model::store {
class Database;
}

namespace streamml::model::pipeline {

/// Releases a quarantined batch for use, keeping why it was quarantined and recording who released it.
class BatchRelease
{
public:
    /// Throws Error::input when the batch does not exist or is not quarantined.
    static void release(store::Database &database, qint64 batchId, const QString &actor, const QString &reason);
};

} // namespace streamml::model::pipeline
