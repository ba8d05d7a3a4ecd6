#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace streamml::model::store {

class Database;

/// What learning did with each batch: the learning record (`batch_learning`), each version's score on
/// the batch (`version_scores`), the search candidates (`search_results`), meta-features
/// (`meta_features`) and feature importance per version (`feature_importance`).
class LearningStore
{
public:
    struct BatchLearning
    {
        qint64 batchId = 0;
        int championBefore = -1;
        int championAfter = -1;
        QJsonObject prequential; ///< the champion's metrics on the batch before training on it
        std::vector<double> errors; ///< per scored row: 0/1 misclassification or absolute error
        QString modelDrift = QStringLiteral("none");
        bool detectorReset = false;
        QString decision;
        QJsonObject decisionInputs;
        double trainSeconds = 0;
        double inferenceMsPer1k = std::nan("");
        double latencyP50Ms = std::nan("");
        double latencyP95Ms = std::nan("");
        double latencyP99Ms = std::nan("");
        double peakRssMb = 0;
    };

    struct SearchRow
    {
        qint64 batchId = 0;
        int candidate = 0;
        QString family;
        QString variant;
        QJsonObject hyperparameters;
        QString metric;
        double score = std::nan("");
        double scoreStd = std::nan("");
        double seconds = 0;
        bool recommended = false;
        bool chosen = false;
    };

    struct VersionScore
    {
        qint64 batchId = 0;
        int version = 0;
        QString role; ///< champion, challenger, fallback
        QJsonObject metrics;
    };

    struct MetaRow
    {
        qint64 batchId = 0;
        QJsonObject features;
        QJsonObject recommendation;
        QJsonObject winner;
        int hit = -1; ///< -1: no search ran, so nothing to compare
    };

    explicit LearningStore(Database &database);

    void saveBatch(const BatchLearning &record);
    std::optional<BatchLearning> batch(qint64 batchId) const;
    std::vector<BatchLearning> batches() const;

    void saveSearch(const std::vector<SearchRow> &rows);
    std::vector<SearchRow> search(qint64 batchId = -1) const;

    void saveScore(const VersionScore &score);
    std::vector<VersionScore> scores() const;

    void saveMeta(const MetaRow &row);
    std::vector<MetaRow> meta() const;

    void saveImportance(int version, const QString &method, const QList<QPair<QString, double>> &values);
    QList<QPair<QString, double>> importance(int version, const QString &method) const;

private:
    Database &m_db;
};

} // namespace streamml::model::store
