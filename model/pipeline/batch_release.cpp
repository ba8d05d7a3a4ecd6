#include "model/pipeline/batch_release.h"

#include "model/core/error.h"
#include "model/core/log.h"
#include "model/store/batch_store.h"
#include "model/store/event_log.h"
#include "model/store/transaction.h"

namespace streamml::model::pipeline {

void BatchRelease::release(store::Database &database, qint64 batchId, const QString &actor, const QString &reason)
{
    store::Transaction transaction(database);
    store::BatchStore batches(database);
    const auto batch = batches.find(batchId);
    if (!batch)
        throw core::Error::input(QStringLiteral("there is no batch %1").arg(batchId));
    if (batch->status != u"quarantined")
        throw core::Error::input(QStringLiteral("batch %1 is not quarantined (its status is %2)").arg(batchId).arg(batch->status));
    const QString why = reason.isEmpty() ? QStringLiteral("no reason given") : reason;
    batches.setStatus(batchId, QStringLiteral("accepted"),
                      QStringLiteral("released from quarantine by %1 (%2); quarantined for: %3").arg(actor, why, batch->reasons));
    store::EventLog(database).append(QStringLiteral("release"), batchId, -1, actor, why);
    transaction.commit();
    core::Log::get("quality")->info("batch {} released from quarantine by {}: {}", batchId, actor, why);
}

} // namespace streamml::model::pipeline
