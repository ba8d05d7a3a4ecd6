#include "model/registry/model_rollback.h"

#include "model/registry/model_promotion.h"

namespace streamml::model::registry {

void ModelRollback::rollback(store::Database &database, int version, const QString &actor, const QString &reason)
{
    ModelPromotion::makeChampion(database, version, QStringLiteral("rollback"), actor, [&](std::optional<int> previous) {
        return QStringLiteral("v%1 made champion again (was %2): %3")
            .arg(version)
            .arg(previous ? QStringLiteral("v%1").arg(*previous) : QStringLiteral("none"),
                 reason.isEmpty() ? QStringLiteral("no reason given") : reason);
    });
}

} // namespace streamml::model::registry
