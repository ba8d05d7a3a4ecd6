#include "model/registry/model_rollback.h"

#include "model/core/error.h"
#include "model/core/log.h"
#include "model/registry/model_package.h"
#include "model/registry/model_registry.h"
#include "model/store/database.h"
#include "model/store/event_log.h"
#include "model/store/transaction.h"

namespace streamml::model::registry {

void ModelRollback::rollback(store::Database &database, int version, const QString &actor, const QString &reason)
{
    ModelRegistry registry(database);
    const std::optional<ModelVersion> target = registry.find(version);
    if (!target)
        throw core::Error::input(QStringLiteral("there is no model version %1").arg(version));
    if (target->origin == u"fallback")
        throw core::Error::input(QStringLiteral("version %1 is a fallback model; roll back to a champion, challenger or archived model").arg(version));
    ModelPackage::read(target->file);
    const std::optional<int> current = registry.alias(QStringLiteral("champion"));
    if (current == version)
        throw core::Error::input(QStringLiteral("version %1 is already the champion").arg(version));
    store::Transaction transaction(database);
    registry.setAlias(QStringLiteral("champion"), version);
    // The error stream of the model drift monitor starts again with the new champion.
    database.exec(QStringLiteral("UPDATE batch_learning SET detector_reset = 1 WHERE batch_id = (SELECT MAX(batch_id) FROM batch_learning)"));
    const QString why = QStringLiteral("v%1 made champion again (was %2): %3")
                            .arg(version)
                            .arg(current ? QStringLiteral("v%1").arg(*current) : QStringLiteral("none"))
                            .arg(reason.isEmpty() ? QStringLiteral("no reason given") : reason);
    store::EventLog(database).append(QStringLiteral("rollback"), -1, version, actor, why);
    transaction.commit();
    core::Log::get("registry")->info("rollback by {}: {}", actor, why);
}

} // namespace streamml::model::registry
