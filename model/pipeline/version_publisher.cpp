#include "model/pipeline/version_publisher.h"

#include "model/core/utc_time.h"
#include "model/registry/model_package.h"
#include "model/registry/model_registry.h"
#include "model/store/batch_store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>

namespace streamml::model::pipeline {

VersionPublisher::VersionPublisher(store::Database &database, QString modelsDir)
    : m_db(database)
    , m_modelsDir(std::move(modelsDir))
{
}

QString VersionPublisher::dataHash(const std::vector<qint64> &batchIds) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    store::BatchStore batches(m_db);
    for (qint64 id : batchIds)
        if (const auto batch = batches.find(id))
            hash.addData(batch->sha256.toLatin1());
    return QString::fromLatin1(hash.result().toHex());
}

registry::ModelVersion VersionPublisher::publish(const registry::TrainedModel &model, const QString &origin, int parent,
                                                 const std::vector<qint64> &trainedOn, const QJsonObject &metrics,
                                                 double trainSeconds)
{
    registry::ModelRegistry versions(m_db);
    registry::ModelVersion v;
    v.version = versions.nextVersion();
    v.family = model.spec().family;
    v.task = learners::taskName(model.schema().task);
    v.hyperparameters = model.learner().hyperparameters();
    v.variant = model.spec().variant.toText();
    v.parent = parent;
    v.origin = origin;
    v.trainedOn = trainedOn;
    v.dataSha256 = dataHash(trainedOn);
    v.metrics = metrics;
    v.trainSeconds = trainSeconds;
    v.createdAt = QDateTime::currentMSecsSinceEpoch();
    v.status = QStringLiteral("archived");
    v.file = QDir(m_modelsDir).absoluteFilePath(QStringLiteral("v%1.smlpkg").arg(v.version, 4, 10, QLatin1Char('0')));
    QJsonArray batches;
    for (qint64 id : trainedOn)
        batches.append(double(id));
    const QJsonObject metadata{{QStringLiteral("version"), v.version},
                               {QStringLiteral("family"), v.family},
                               {QStringLiteral("task"), v.task},
                               {QStringLiteral("hyperparameters"), v.hyperparameters},
                               {QStringLiteral("variant"), v.variant},
                               {QStringLiteral("parent"), v.parent},
                               {QStringLiteral("origin"), v.origin},
                               {QStringLiteral("trained_on"), batches},
                               {QStringLiteral("data_sha256"), v.dataSha256},
                               {QStringLiteral("metrics"), v.metrics},
                               {QStringLiteral("features"), QJsonArray::fromStringList(model.schema().features)},
                               {QStringLiteral("target"), model.schema().target},
                               {QStringLiteral("created_at"), core::UtcTime::iso(v.createdAt)}};
    const auto [sha, bytes] = registry::ModelPackage::write(v.file, model, metadata);
    v.fileSha256 = sha;
    v.fileBytes = bytes;
    versions.add(v);
    return v;
}

} // namespace streamml::model::pipeline
