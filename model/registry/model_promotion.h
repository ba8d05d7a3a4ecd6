#pragma once

#include <QString>
#include <functional>
#include <optional>

namespace streamml::model::store {
class Database;
}

namespace streamml::model::registry {

/// Makes a version champion by a person's decision rather than the promotion gate's, after checking
/// its package is intact, and records who did it and why in the audit trail.
class ModelPromotion
{
public:
    /// Writes a `promote` event. Throws Error::input for an unknown or fallback version or the
    /// current champion, Error::model for a damaged package.
    static void promote(store::Database &database, int version, const QString &actor, const QString &reason);

    /// Gives the reason written to the audit trail from the champion being replaced, if any.
    using Describe = std::function<QString(std::optional<int> previous)>;
    /// The checks and the change behind promote() and ModelRollback, recorded as `kind`.
    static void makeChampion(store::Database &database, int version, const QString &kind, const QString &actor,
                             const Describe &describe);
};

} // namespace streamml::model::registry
