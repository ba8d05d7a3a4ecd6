#include "model/registry/version_catalog.h"

#include "model/core/error.h"
#include "model/core/utc_time.h"
#include "model/registry/model_registry.h"
#include "model/store/learning_store.h"

#include <QHash>
#include <QMap>

namespace streamml::model::registry {

namespace {
QJsonArray batchRange(const std::vector<qint64> &ids)
{
    if (ids.empty())
        return {};
    return {double(ids.front()), double(ids.back())};
}

/// The mean of each metric over the batches, reading each batch's metrics under `side`.
QJsonObject meanMetrics(const QJsonArray &batches, const QString &side)
{
    QMap<QString, QPair<double, int>> sums;
    for (const QJsonValue &b : batches) {
        const QJsonObject metrics = b.toObject().value(side).toObject();
        for (auto it = metrics.begin(); it != metrics.end(); ++it)
            if (it.value().isDouble()) {
                sums[it.key()].first += it.value().toDouble();
                ++sums[it.key()].second;
            }
    }
    QJsonObject result;
    for (auto it = sums.begin(); it != sums.end(); ++it)
        result.insert(it.key(), it->first / it->second);
    return result;
}
} // namespace

VersionCatalog::VersionCatalog(store::Database &database)
    : m_db(database)
{
}

QJsonArray VersionCatalog::list() const
{
    // Every version's scores in one read of the store.
    QHash<int, QJsonArray> scores;
    for (const store::LearningStore::VersionScore &s : store::LearningStore(m_db).scores())
        scores[s.version].append(QJsonObject{{QStringLiteral("metrics"), s.metrics}});
    QJsonArray result;
    for (const ModelVersion &v : ModelRegistry(m_db).list())
        result.append(recordOf(v, scores.value(v.version)));
    return result;
}

QJsonObject VersionCatalog::record(int version) const
{
    const std::optional<ModelVersion> v = ModelRegistry(m_db).find(version);
    if (!v)
        throw core::Error::input(QStringLiteral("there is no model version %1").arg(version));
    return recordOf(*v, scoresOf(version));
}

QJsonArray VersionCatalog::scoresOf(int version) const
{
    QJsonArray result;
    for (const store::LearningStore::VersionScore &s : store::LearningStore(m_db).scores())
        if (s.version == version)
            result.append(QJsonObject{{QStringLiteral("metrics"), s.metrics}});
    return result;
}

QJsonObject VersionCatalog::recordOf(const ModelVersion &v, const QJsonArray &scores) const
{
    const ModelRegistry registry(m_db);
    QJsonArray aliases;
    for (const char *alias : {"champion", "challenger", "fallback"})
        if (registry.alias(QString::fromLatin1(alias)) == v.version)
            aliases.append(QString::fromLatin1(alias));
    return {{QStringLiteral("version"), v.version},
            {QStringLiteral("family"), v.family},
            {QStringLiteral("task"), v.task},
            {QStringLiteral("parent"), v.parent > 0 ? QJsonValue(v.parent) : QJsonValue()},
            {QStringLiteral("status"), v.status},
            {QStringLiteral("aliases"), aliases},
            {QStringLiteral("origin"), v.origin},
            {QStringLiteral("trained_on"), batchRange(v.trainedOn)},
            {QStringLiteral("hyperparameters"), v.hyperparameters},
            {QStringLiteral("variant"), v.variant},
            {QStringLiteral("metrics"), v.metrics},
            {QStringLiteral("scored_batches"), scores.size()},
            {QStringLiteral("mean_score"), meanMetrics(scores, QStringLiteral("metrics"))},
            {QStringLiteral("train_seconds"), v.trainSeconds},
            {QStringLiteral("data_sha256"), v.dataSha256},
            {QStringLiteral("file"), v.file},
            {QStringLiteral("file_bytes"), double(v.fileBytes)},
            {QStringLiteral("sha256"), v.fileSha256},
            {QStringLiteral("created"), core::UtcTime::iso(v.createdAt)}};
}

QJsonObject VersionCatalog::compare(int first, int second) const
{
    if (first == second)
        throw core::Error::input(QStringLiteral("compare needs two different versions, not %1 twice").arg(first));
    const QJsonObject a = record(first);
    const QJsonObject b = record(second);
    const QJsonArray scores = commonScores(first, second);
    return {{QStringLiteral("versions"), QJsonArray{a, b}},
            {QStringLiteral("differences"), differences(a, b)},
            {QStringLiteral("common_batches"), scores},
            {QStringLiteral("mean_on_common_batches"),
             QJsonObject{{QString::number(first), meanMetrics(scores, QStringLiteral("first"))},
                         {QString::number(second), meanMetrics(scores, QStringLiteral("second"))}}}};
}

QJsonObject VersionCatalog::differences(const QJsonObject &first, const QJsonObject &second) const
{
    QJsonObject result;
    for (const char *key : {"family", "variant", "origin", "parent", "trained_on", "data_sha256", "metrics"}) {
        const QString k = QString::fromLatin1(key);
        if (first.value(k) != second.value(k))
            result.insert(k, QJsonArray{first.value(k), second.value(k)});
    }
    const QJsonObject ha = first.value(QStringLiteral("hyperparameters")).toObject();
    const QJsonObject hb = second.value(QStringLiteral("hyperparameters")).toObject();
    QStringList keys = ha.keys() + hb.keys();
    keys.removeDuplicates();
    QJsonObject hyper;
    for (const QString &k : keys)
        if (ha.value(k) != hb.value(k))
            hyper.insert(k, QJsonArray{ha.value(k), hb.value(k)});
    if (!hyper.isEmpty())
        result.insert(QStringLiteral("hyperparameters"), hyper);
    return result;
}

QJsonArray VersionCatalog::commonScores(int first, int second) const
{
    QMap<qint64, QJsonObject> a;
    QMap<qint64, QJsonObject> b;
    for (const store::LearningStore::VersionScore &s : store::LearningStore(m_db).scores()) {
        if (s.version == first)
            a.insert(s.batchId, s.metrics);
        else if (s.version == second)
            b.insert(s.batchId, s.metrics);
    }
    QJsonArray result;
    for (auto it = a.begin(); it != a.end(); ++it)
        if (b.contains(it.key()))
            result.append(QJsonObject{{QStringLiteral("batch"), double(it.key())},
                                      {QStringLiteral("first"), it.value()},
                                      {QStringLiteral("second"), b.value(it.key())}});
    return result;
}

} // namespace streamml::model::registry
