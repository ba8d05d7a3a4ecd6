#pragma once

#include "model/registry/model_version.h"
#include "model/registry/trained_model.h"

namespace streamml::model::store {
class Database;
}

namespace streamml::model::pipeline {

/// Turns a trained model into a registered version: writes its package into the workspace's
/// models/ folder and records the version with its lineage, checksum and size.
class VersionPublisher
{
public:
    VersionPublisher(store::Database &database, QString modelsDir);

    registry::ModelVersion publish(const registry::TrainedModel &model, const QString &origin, int parent,
                                   const std::vector<qint64> &trainedOn, const QJsonObject &metrics, double trainSeconds);

private:
    QString dataHash(const std::vector<qint64> &batchIds) const;

    store::Database &m_db;
    QString m_modelsDir;
};

} // namespace streamml::model::pipeline
