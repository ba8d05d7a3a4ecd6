#pragma once

#include "model/quality/quality_report.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <vector>

namespace streamml::model::store {

class Database;

/// Data-quality results: the batch verdict (`batch_quality`) and every figure per column (`dq_metrics`).
class QualityStore
{
public:
    /// The stored verdict of one batch, as views and the summary read it.
    struct BatchQuality
    {
        qint64 batchId = 0;
        double score = 0;
        qint64 rowsIn = 0;
        qint64 rowsOut = 0;
        double duplicateShare = 0;
        double outOfOrderShare = 0;
        double futureShare = 0;
        double featureMissingShare = 0;
        QJsonArray findings;
        QJsonObject actions;
        QString reportFile;
    };

    explicit QualityStore(Database &database);

    void save(qint64 batchId, const quality::QualityReport &report, const QString &reportFile);
    std::optional<BatchQuality> find(qint64 batchId) const;
    std::vector<BatchQuality> all() const;
    /// column -> metric -> value for one batch.
    QMap<QString, QMap<QString, double>> metrics(qint64 batchId) const;
    /// One metric of one column over every batch: batch id -> value.
    QMap<qint64, double> series(const QString &column, const QString &metric) const;

    static QJsonArray findingsJson(const quality::QualityReport &report);
    static QJsonObject actionsJson(const quality::CleaningActions &actions);

private:
    Database &m_db;
};

} // namespace streamml::model::store
