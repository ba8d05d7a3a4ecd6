#include "model/registry/version_export.h"

#include "model/core/error.h"
#include "model/registry/model_package.h"
#include "model/registry/model_registry.h"
#include "model/registry/version_catalog.h"
#include "model/store/event_log.h"
#include "model/store/learning_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace streamml::model::registry {

namespace {
void save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw core::Error::store(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

QByteArray packageBytes(const ModelVersion &v)
{
    QFile file(v.file);
    if (!file.open(QIODevice::ReadOnly))
        throw core::Error::input(QStringLiteral("the package of version %1 cannot be read: %2: %3").arg(v.version).arg(v.file, file.errorString()));
    const QByteArray bytes = file.readAll();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (sha != v.fileSha256)
        throw core::Error::input(QStringLiteral("the package of version %1 (%2) has changed since it was registered: SHA-256 %3, registered %4")
                                     .arg(v.version).arg(v.file, sha, v.fileSha256));
    return bytes;
}

QJsonArray scoresOf(store::Database &database, int version)
{
    QJsonArray result;
    for (const store::LearningStore::VersionScore &s : store::LearningStore(database).scores())
        if (s.version == version)
            result.append(QJsonObject{{QStringLiteral("batch"), double(s.batchId)}, {QStringLiteral("role"), s.role},
                                      {QStringLiteral("metrics"), s.metrics}});
    return result;
}

QJsonObject importanceOf(store::Database &database, int version)
{
    QJsonObject result;
    const store::LearningStore learning(database);
    for (const char *method : {"mean_abs_shap", "permutation"}) {
        QJsonObject values;
        for (const auto &[feature, value] : learning.importance(version, QString::fromLatin1(method)))
            values.insert(feature, value);
        if (!values.isEmpty())
            result.insert(QString::fromLatin1(method), values);
    }
    return result;
}

QJsonArray eventsOf(store::Database &database, int version)
{
    QJsonArray result;
    for (const store::EventLog::Event &e : store::EventLog(database).list())
        if (e.version == version)
            result.append(QJsonObject{{QStringLiteral("kind"), e.kind}, {QStringLiteral("actor"), e.actor},
                                      {QStringLiteral("reason"), e.reason}, {QStringLiteral("at_ms"), double(e.atMs)}});
    return result;
}
} // namespace

QStringList VersionExport::write(store::Database &database, int version, const QString &folder)
{
    const std::optional<ModelVersion> v = ModelRegistry(database).find(version);
    if (!v)
        throw core::Error::input(QStringLiteral("there is no model version %1").arg(version));
    const QByteArray bytes = packageBytes(*v);
    const ModelPackage::Contents contents = ModelPackage::decode(bytes, v->file);
    QJsonObject readable = VersionCatalog(database).record(version);
    readable.insert(QStringLiteral("package"), ModelPackage::describe(contents));
    readable.insert(QStringLiteral("scores"), scoresOf(database, version));
    readable.insert(QStringLiteral("importance"), importanceOf(database, version));
    readable.insert(QStringLiteral("events"), eventsOf(database, version));

    if (!QDir().mkpath(folder))
        throw core::Error::store(QStringLiteral("cannot create the export folder %1").arg(folder));
    const QDir dir(folder);
    const QString json = dir.absoluteFilePath(QStringLiteral("model_v%1.json").arg(version));
    const QString package = dir.absoluteFilePath(QFileInfo(v->file).fileName());
    save(package, bytes);
    save(json, QJsonDocument(readable).toJson(QJsonDocument::Indented));
    return {json, package};
}

} // namespace streamml::model::registry
