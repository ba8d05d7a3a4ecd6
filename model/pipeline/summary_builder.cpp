#include "model/pipeline/summary_builder.h"

#include "model/core/utc_time.h"
#include "model/data/column.h"
#include "model/pipeline/meta_learner.h"
#include "model/registry/model_registry.h"
#include "model/registry/version_catalog.h"
#include "model/settings/drift_settings.h"
#include "model/settings/quality_settings.h"
#include "model/settings/source_settings.h"
#include "model/store/batch_store.h"
#include "model/store/drift_store.h"
#include "model/store/event_log.h"
#include "model/store/learning_store.h"
#include "model/store/quality_store.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>

namespace streamml::model::pipeline {

namespace {
QJsonValue number(double value)
{
    return std::isnan(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

SummaryBuilder::SummaryBuilder(const settings::Settings &settings, store::Database &database)
    : m_settings(settings)
    , m_db(database)
{
}

QJsonArray SummaryBuilder::batches() const
{
    QMap<qint64, store::QualityStore::BatchQuality> quality;
    for (const auto &q : store::QualityStore(m_db).all())
        quality.insert(q.batchId, q);
    QMap<qint64, store::DriftStore::BatchDrift> drift;
    for (const auto &d : store::DriftStore(m_db).all())
        drift.insert(d.batchId, d);
    QMap<qint64, store::LearningStore::BatchLearning> learning;
    for (const auto &l : store::LearningStore(m_db).batches())
        learning.insert(l.batchId, l);
    QMap<int, registry::ModelVersion> versions;
    for (const auto &v : registry::ModelRegistry(m_db).list())
        versions.insert(v.version, v);

    QJsonArray result;
    for (const store::BatchRecord &b : store::BatchStore(m_db).list()) {
        QJsonObject o{{QStringLiteral("batch"), double(b.id)},
                      {QStringLiteral("time_from"), data::Column::formatTime(double(b.timeFrom))},
                      {QStringLiteral("time_to"), data::Column::formatTime(double(b.timeTo))},
                      {QStringLiteral("rows"), double(b.rows)},
                      {QStringLiteral("status"), b.status},
                      {QStringLiteral("reasons"), b.reasons}};
        const auto q = quality.constFind(b.id);
        o.insert(QStringLiteral("quality_score"), q != quality.constEnd() ? QJsonValue(q->score) : QJsonValue());
        o.insert(QStringLiteral("missing_share"), q != quality.constEnd() ? QJsonValue(q->featureMissingShare) : QJsonValue());
        const auto d = drift.constFind(b.id);
        o.insert(QStringLiteral("drift_share"), d != drift.constEnd() ? QJsonValue(d->driftShare) : QJsonValue());
        o.insert(QStringLiteral("drifted_features"), d != drift.constEnd() ? QJsonArray::fromStringList(d->driftedFeatures) : QJsonArray());
        const auto l = learning.constFind(b.id);
        const bool learned = l != learning.constEnd();
        o.insert(QStringLiteral("model_drift"), learned ? l->modelDrift : QStringLiteral("none"));
        o.insert(QStringLiteral("champion_version"), learned && l->championAfter > 0 ? QJsonValue(l->championAfter) : QJsonValue());
        o.insert(QStringLiteral("prequential"), learned ? l->prequential : QJsonObject());
        QJsonObject hyperparameters;
        if (learned && versions.contains(l->championAfter)) {
            const registry::ModelVersion &v = versions[l->championAfter];
            hyperparameters = v.hyperparameters;
            hyperparameters.insert(QStringLiteral("family"), v.family);
            hyperparameters.insert(QStringLiteral("variant"), v.variant);
        }
        o.insert(QStringLiteral("hyperparameters"), hyperparameters);
        o.insert(QStringLiteral("train_seconds"), learned ? l->trainSeconds : 0.0);
        o.insert(QStringLiteral("inference_ms_per_1k_rows"), learned ? number(l->inferenceMsPer1k) : QJsonValue());
        o.insert(QStringLiteral("latency_ms"), learned ? QJsonObject{{QStringLiteral("p50"), number(l->latencyP50Ms)},
                                                                     {QStringLiteral("p95"), number(l->latencyP95Ms)},
                                                                     {QStringLiteral("p99"), number(l->latencyP99Ms)}}
                                                       : QJsonObject());
        o.insert(QStringLiteral("peak_rss_mb"), learned ? l->peakRssMb : 0.0);
        o.insert(QStringLiteral("decision"), learned ? l->decision : QString());
        o.insert(QStringLiteral("decision_reason"), learned ? l->decisionInputs.value(QStringLiteral("reason")) : QJsonValue());
        result.append(o);
    }
    return result;
}

QJsonArray SummaryBuilder::versions() const
{
    return registry::VersionCatalog(m_db).list();
}

QJsonArray SummaryBuilder::events() const
{
    QJsonArray result;
    for (const store::EventLog::Event &e : store::EventLog(m_db).list()) {
        QJsonObject o{{QStringLiteral("time"), core::UtcTime::iso(e.atMs)}, {QStringLiteral("kind"), e.kind}, {QStringLiteral("reason"), e.reason},
                      {QStringLiteral("actor"), e.actor}};
        if (e.version > 0)
            o.insert(QStringLiteral("version"), e.version);
        if (e.batchId > 0)
            o.insert(QStringLiteral("batch"), double(e.batchId));
        result.append(o);
    }
    return result;
}

QJsonObject SummaryBuilder::metaLearning() const
{
    const store::LearningStore learning(m_db);
    int hits = 0, compared = 0;
    double planned = 0, evaluated = 0;
    for (const auto &row : learning.meta()) {
        if (row.hit >= 0) {
            ++compared;
            hits += row.hit;
        }
        planned += row.recommendation.value(QStringLiteral("planned")).toDouble();
        evaluated += row.recommendation.value(QStringLiteral("evaluated")).toDouble();
    }
    return {{QStringLiteral("searches_compared"), compared},
            {QStringLiteral("hit_rate"), compared > 0 ? QJsonValue(double(hits) / compared) : QJsonValue()},
            {QStringLiteral("candidates_planned"), planned},
            {QStringLiteral("candidates_evaluated"), evaluated},
            {QStringLiteral("evaluations_saved"), planned - evaluated},
            {QStringLiteral("hyperparameter_influence"), MetaLearner::influence(learning.search())}};
}

QString SummaryBuilder::task(const settings::SourceSettings &source) const
{
    // "auto" is settled by the target's kind; the models trained on it say which it was.
    const std::vector<registry::ModelVersion> versions = registry::ModelRegistry(m_db).list();
    return versions.empty() ? source.task : versions.back().task;
}

QJsonObject SummaryBuilder::build() const
{
    const settings::SourceSettings source = settings::SourceSettings::from(m_settings);
    const settings::DriftSettings drift = settings::DriftSettings::from(m_settings);
    const settings::QualitySettings quality = settings::QualitySettings::from(m_settings);
    return {{QStringLiteral("dataset"), QFileInfo(source.path).fileName()},
            {QStringLiteral("task"), task(source)},
            {QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("dataset_drift_share"), drift.parameters.datasetDriftShare},
                                                       {QStringLiteral("min_quality_score"), quality.minQualityScore}}},
            {QStringLiteral("target"), source.target},
            {QStringLiteral("settings_sha256"), m_settings.sha256()},
            {QStringLiteral("program_version"), QStringLiteral(STREAMML_VERSION)},
            {QStringLiteral("generated"), core::UtcTime::iso(QDateTime::currentMSecsSinceEpoch())},
            {QStringLiteral("batches"), batches()},
            {QStringLiteral("versions"), versions()},
            {QStringLiteral("events"), events()},
            {QStringLiteral("meta_learning"), metaLearning()}};
}

} // namespace streamml::model::pipeline
