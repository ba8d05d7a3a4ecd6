#pragma once

#include <QStringList>

namespace streamml::model::store {
class Database;
}

namespace streamml::model::registry {

/// Exports one version to a folder: its package, checked against the registry's checksum, and a
/// readable JSON (the registry record, the preparation and learner as data, the scores per batch,
/// the stored importance and the audit events that name it).
class VersionExport
{
public:
    /// Returns the JSON's and the package's paths. Throws Error::input for an unknown version or
    /// a package that fails its checks, Error::store when the folder cannot be written.
    static QStringList write(store::Database &database, int version, const QString &folder);
};

} // namespace streamml::model::registry
