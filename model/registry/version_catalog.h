#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace streamml::model::store {
class Database;
}

namespace streamml::model::registry {

struct ModelVersion;

/// The registry as readable records: every version with its aliases, and two versions side by side
/// (what differs in how they were built, and how each scored on the batches both were scored on).
class VersionCatalog
{
public:
    explicit VersionCatalog(store::Database &database);

    QJsonArray list() const;
    /// Throws Error::input when a version does not exist.
    QJsonObject record(int version) const;
    /// Throws Error::input when a version does not exist or both are the same.
    QJsonObject compare(int first, int second) const;

private:
    /// `scores`: every version's scores per batch, from which the version's own are averaged.
    QJsonObject recordOf(const ModelVersion &version, const QJsonArray &scores) const;
    QJsonArray scoresOf(int version) const;
    QJsonObject differences(const QJsonObject &first, const QJsonObject &second) const;
    QJsonArray commonScores(int first, int second) const;

    store::Database &m_db;
};

} // namespace streamml::model::registry
