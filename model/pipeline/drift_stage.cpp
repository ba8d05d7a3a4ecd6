#include "model/pipeline/drift_stage.h"

#include "model/core/log.h"
#include "model/drift/data_drift_analyzer.h"
#include "model/pipeline/reference_window.h"
#include "model/store/drift_store.h"

namespace streamml::model::pipeline {

DriftStage::DriftStage(settings::DriftSettings settings)
    : m_settings(std::move(settings))
{
}

QStringList DriftStage::testable(const data::Table &reference, const data::Table &current, const QStringList &columns)
{
    QStringList result;
    for (const QString &name : columns) {
        if (!reference.hasColumn(name) || !current.hasColumn(name))
            continue;
        const data::Column &a = reference.column(name);
        const data::Column &b = current.column(name);
        if (a.kind() == b.kind() && !a.isTime() && a.missingCount() < a.size() && b.missingCount() < b.size())
            result.append(name);
    }
    return result;
}

std::optional<drift::DatasetDrift> DriftStage::run(store::Database &database, ReferenceWindow &window, qint64 batchId,
                                                   const data::Table &current, const data::ColumnRoles &roles) const
{
    std::vector<qint64> ids;
    if (m_settings.reference == settings::DriftSettings::Reference::Champion)
        ids = window.championBatches(batchId);
    if (ids.empty())
        ids = window.lastUsable(batchId, m_settings.referenceBatches);
    if (ids.empty() || current.rowCount() == 0)
        return std::nullopt;
    const data::Table reference = window.load(ids);
    const drift::DataDriftAnalyzer analyzer(m_settings.parameters);
    drift::DatasetDrift result = analyzer.analyze(reference, current, testable(reference, current, roles.features()));
    store::DriftStore drifts(database);
    drifts.save(batchId, result, ids, reference.rowCount());
    if (roles.hasTarget() && !testable(reference, current, {roles.target()}).isEmpty()) {
        const drift::DatasetDrift target = analyzer.analyze(reference, current, {roles.target()});
        drifts.saveExtra(batchId, QStringLiteral("target"), target.features.front());
    }
    if (result.drifted)
        core::Log::get("drift")->warn("batch {}: dataset drift, {} of {} features drifted ({})", batchId, result.driftedCount,
                                      result.features.size(), result.driftedFeatures().join(QStringLiteral(", ")));
    return result;
}

} // namespace streamml::model::pipeline
