#pragma once

#include <QJsonObject>
#include <QString>
#include <vector>

namespace streamml::model::registry {

/// One registered model: what it is, what it was trained on, how it scored, where its package is.
struct ModelVersion
{
    int version = 0;
    QString family;
    QString task;
    QJsonObject hyperparameters;
    QString variant;             ///< preprocessing variant as key=value text
    int parent = -1;             ///< the version it was updated from; -1 when trained from scratch
    QString origin;              ///< initial, incremental, search, retrain, regrow, fallback
    std::vector<qint64> trainedOn; ///< batch ids
    QString dataSha256;
    QJsonObject metrics;         ///< validation metrics at training time
    QString file;
    QString fileSha256;
    qint64 fileBytes = 0;
    double trainSeconds = 0;
    QString status = QStringLiteral("challenger"); ///< champion, challenger or archived
    qint64 createdAt = 0;

    QString trainedRange() const;
};

} // namespace streamml::model::registry
