#pragma once

#include "model/registry/model_version.h"

#include <optional>

namespace streamml::model::store {
class Database;
}

namespace streamml::model::registry {

/// The registry of model versions and their aliases (`champion`, `challenger`, `fallback`) in the
/// store; every change of the champion is written to the audit trail by its caller's decision.
class ModelRegistry
{
public:
    explicit ModelRegistry(store::Database &database);

    int nextVersion() const;
    void add(const ModelVersion &version);
    std::vector<ModelVersion> list() const;
    std::optional<ModelVersion> find(int version) const;
    /// The version an alias points at, if any.
    std::optional<int> alias(const QString &name) const;
    /// Points an alias at a version and keeps the statuses in step (one champion at a time).
    void setAlias(const QString &name, int version);
    void clearAlias(const QString &name);
    void setStatus(int version, const QString &status);

private:
    store::Database &m_db;
};

} // namespace streamml::model::registry
