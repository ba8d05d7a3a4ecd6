#pragma once

#include "model/registry/trained_model.h"

#include <QJsonObject>

namespace streamml::model::registry {

/// The self-describing file of one model version: a magic line, the format version, metadata as
/// JSON (family, hyper-parameters, schema, metrics, lineage), the trained model, and a SHA-256 of
/// everything before it. Truncated, altered or newer-format files are refused with a clear message.
class ModelPackage
{
public:
    static constexpr quint32 formatVersion = 1;

    struct Contents
    {
        QJsonObject metadata;
        TrainedModel model;
    };

    /// Writes through a temporary file renamed into place; returns the file's SHA-256 and size.
    static QPair<QString, qint64> write(const QString &path, const TrainedModel &model, const QJsonObject &metadata);
    static Contents read(const QString &path);
    static Contents decode(const QByteArray &bytes, const QString &name);
    static QByteArray encode(const TrainedModel &model, const QJsonObject &metadata);
    /// The metadata with the model's readable description (preparation, learner) for export.
    static QJsonObject describe(const Contents &contents);
};

} // namespace streamml::model::registry
