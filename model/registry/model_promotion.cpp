#include "model/registry/model_promotion.h"

#include "model/core/error.h"
#include "model/core/log.h"
#include "model/registry/model_package.h"
#include "model/registry/model_registry.h"
#include "model/store/database.h"
#include "model/store/event_log.h"
#include "model/store/transaction.h"

namespace streamml::model::registry {

namespace {
QString previousName(std::optional<int> previous)
{
    return previous ? QStringLiteral("v%1").arg(*previous) : QStringLiteral("none");
}
} // namespace

void ModelPromotion::promote(store::Database &database, int version, const QString &actor, const QString &reason)
{
    makeChampion(database, version, QStringLiteral("promote"), actor, [&](std::optional<int> previous) {
        return QStringLiteral("v%1 promoted to champion by hand (was %2): %3")
            .arg(version)
            .arg(previousName(previous), reason.isEmpty() ? QStringLiteral("no reason given") : reason);
    });
}

void ModelPromotion::makeChampion(store::Database &database, int version, const QString &kind, const QString &actor,
                                  const Describe &describe)
{
    ModelRegistry registry(database);
    const std::optional<ModelVersion> target = registry.find(version);
    if (!target)
        throw core::Error::input(QStringLiteral("there is no model version %1").arg(version));
    if (target->origin == u"fallback")
        throw core::Error::input(QStringLiteral("version %1 is a fallback model; choose a champion, challenger or archived model").arg(version));
    ModelPackage::read(target->file);
    const std::optional<int> current = registry.alias(QStringLiteral("champion"));
    if (current == version)
        throw core::Error::input(QStringLiteral("version %1 is already the champion").arg(version));
    store::Transaction transaction(database);
    registry.setAlias(QStringLiteral("champion"), version);
    // A champion is not its own challenger: the gate would compare it with itself on the next batch.
    if (registry.alias(QStringLiteral("challenger")) == version)
        registry.clearAlias(QStringLiteral("challenger"));
    // The error stream of the model drift monitor starts again with the new champion.
    database.exec(QStringLiteral("UPDATE batch_learning SET detector_reset = 1 WHERE batch_id = (SELECT MAX(batch_id) FROM batch_learning)"));
    const QString why = describe(current);
    store::EventLog(database).append(kind, -1, version, actor, why);
    transaction.commit();
    core::Log::get("registry")->info("{} by {}: {}", kind, actor, why);
}

} // namespace streamml::model::registry
