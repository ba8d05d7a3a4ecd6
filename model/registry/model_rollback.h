#pragma once

#include <QString>

namespace streamml::model::store {
class Database;
}

namespace streamml::model::registry {

/// Makes an older version champion again, after checking its package is intact, and records who
/// did it and why in the audit trail.
class ModelRollback
{
public:
    /// Throws Error::input for an unknown version, Error::model for a damaged package.
    static void rollback(store::Database &database, int version, const QString &actor, const QString &reason);
};

} // namespace streamml::model::registry
