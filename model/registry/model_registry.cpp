#include "model/registry/model_registry.h"

#include "model/core/error.h"
#include "model/store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace streamml::model::registry {

namespace {
const QString columns = QStringLiteral(
    "version, family, task, hyperparameters, variant, parent, origin, trained_from, trained_to, trained_batches, data_sha256, "
    "metrics, file, file_sha256, file_bytes, train_seconds, status, created_at");

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ModelVersion versionFrom(const QSqlQuery &q)
{
    ModelVersion v;
    v.version = q.value(0).toInt();
    v.family = q.value(1).toString();
    v.task = q.value(2).toString();
    v.hyperparameters = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    v.variant = q.value(4).toString();
    v.parent = q.value(5).isNull() ? -1 : q.value(5).toInt();
    v.origin = q.value(6).toString();
    for (const QString &id : q.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        v.trainedOn.push_back(id.toLongLong());
    v.dataSha256 = q.value(10).toString();
    v.metrics = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    v.file = q.value(12).toString();
    v.fileSha256 = q.value(13).toString();
    v.fileBytes = q.value(14).toLongLong();
    v.trainSeconds = q.value(15).toDouble();
    v.status = q.value(16).toString();
    v.createdAt = q.value(17).toLongLong();
    return v;
}
} // namespace

ModelRegistry::ModelRegistry(store::Database &database)
    : m_db(database)
{
}

int ModelRegistry::nextVersion() const
{
    return m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM model_versions")).toInt();
}

void ModelRegistry::add(const ModelVersion &v)
{
    QStringList ids;
    for (qint64 id : v.trainedOn)
        ids.append(QString::number(id));
    const QVariant parent = v.parent < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(v.parent);
    m_db.exec(QStringLiteral("INSERT INTO model_versions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columns),
              {v.version, v.family, v.task, json(v.hyperparameters), v.variant, parent, v.origin,
               v.trainedOn.empty() ? 0 : v.trainedOn.front(), v.trainedOn.empty() ? 0 : v.trainedOn.back(),
               ids.join(QLatin1Char(',')), v.dataSha256, json(v.metrics), v.file, v.fileSha256, v.fileBytes, v.trainSeconds,
               v.status, v.createdAt > 0 ? v.createdAt : QDateTime::currentMSecsSinceEpoch()});
}

std::vector<ModelVersion> ModelRegistry::list() const
{
    std::vector<ModelVersion> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM model_versions ORDER BY version").arg(columns));
    while (q.next())
        result.push_back(versionFrom(q));
    return result;
}

std::optional<ModelVersion> ModelRegistry::find(int version) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM model_versions WHERE version = ?").arg(columns), {version});
    if (!q.next())
        return std::nullopt;
    return versionFrom(q);
}

std::optional<int> ModelRegistry::alias(const QString &name) const
{
    const QVariant version = m_db.scalar(QStringLiteral("SELECT version FROM model_aliases WHERE alias = ?"), {name});
    if (version.isNull())
        return std::nullopt;
    return version.toInt();
}

void ModelRegistry::setAlias(const QString &name, int version)
{
    if (!find(version))
        throw core::Error::input(QStringLiteral("there is no model version %1").arg(version));
    const std::optional<int> previous = alias(name);
    m_db.exec(QStringLiteral("INSERT INTO model_aliases (alias, version, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (alias) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at"),
              {name, version, QDateTime::currentMSecsSinceEpoch()});
    if (previous && *previous != version && find(*previous)->status == name)
        setStatus(*previous, QStringLiteral("archived"));
    if (name == u"champion" || name == u"challenger")
        setStatus(version, name);
}

void ModelRegistry::clearAlias(const QString &name)
{
    m_db.exec(QStringLiteral("DELETE FROM model_aliases WHERE alias = ?"), {name});
}

void ModelRegistry::setStatus(int version, const QString &status)
{
    m_db.exec(QStringLiteral("UPDATE model_versions SET status = ? WHERE version = ?"), {status, version});
}

} // namespace streamml::model::registry
