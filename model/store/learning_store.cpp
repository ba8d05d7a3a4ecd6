#include "model/store/learning_store.h"

#include "model/store/database.h"
#include "model/store/sql_values.h"

#include <QJsonDocument>

namespace streamml::model::store {

namespace {
QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString errorsText(const std::vector<double> &errors)
{
    QStringList parts;
    parts.reserve(qsizetype(errors.size()));
    for (double e : errors)
        parts.append(QString::number(e, 'g', 6));
    return parts.join(QLatin1Char(','));
}

std::vector<double> errorsFrom(const QString &text)
{
    std::vector<double> errors;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        errors.push_back(part.toDouble());
    return errors;
}

QVariant version(int v)
{
    return v < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(v);
}

const QString batchColumns = QStringLiteral(
    "batch_id, champion_before, champion_after, prequential, errors, model_drift, detector_reset, decision, decision_inputs, "
    "train_seconds, inference_ms_per_1k, latency_p50_ms, latency_p95_ms, latency_p99_ms, peak_rss_mb");

LearningStore::BatchLearning batchFrom(const QSqlQuery &q)
{
    LearningStore::BatchLearning b;
    b.batchId = q.value(0).toLongLong();
    b.championBefore = q.value(1).isNull() ? -1 : q.value(1).toInt();
    b.championAfter = q.value(2).isNull() ? -1 : q.value(2).toInt();
    b.prequential = object(q.value(3));
    b.errors = errorsFrom(q.value(4).toString());
    b.modelDrift = q.value(5).toString();
    b.detectorReset = q.value(6).toInt() != 0;
    b.decision = q.value(7).toString();
    b.decisionInputs = object(q.value(8));
    b.trainSeconds = q.value(9).toDouble();
    b.inferenceMsPer1k = SqlValues::orNan(q.value(10));
    b.latencyP50Ms = SqlValues::orNan(q.value(11));
    b.latencyP95Ms = SqlValues::orNan(q.value(12));
    b.latencyP99Ms = SqlValues::orNan(q.value(13));
    b.peakRssMb = q.value(14).toDouble();
    return b;
}
} // namespace

LearningStore::LearningStore(Database &database)
    : m_db(database)
{
}

void LearningStore::saveBatch(const BatchLearning &b)
{
    m_db.exec(QStringLiteral("INSERT INTO batch_learning (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(batchColumns),
              {b.batchId, version(b.championBefore), version(b.championAfter), json(b.prequential), errorsText(b.errors),
               b.modelDrift, b.detectorReset ? 1 : 0, b.decision, json(b.decisionInputs), b.trainSeconds,
               SqlValues::nullable(b.inferenceMsPer1k), SqlValues::nullable(b.latencyP50Ms), SqlValues::nullable(b.latencyP95Ms),
               SqlValues::nullable(b.latencyP99Ms), b.peakRssMb});
}

std::optional<LearningStore::BatchLearning> LearningStore::batch(qint64 batchId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM batch_learning WHERE batch_id = ?").arg(batchColumns), {batchId});
    if (!q.next())
        return std::nullopt;
    return batchFrom(q);
}

std::vector<LearningStore::BatchLearning> LearningStore::batches() const
{
    std::vector<BatchLearning> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM batch_learning ORDER BY batch_id").arg(batchColumns));
    while (q.next())
        result.push_back(batchFrom(q));
    return result;
}

void LearningStore::saveSearch(const std::vector<SearchRow> &rows)
{
    for (const SearchRow &r : rows)
        m_db.exec(QStringLiteral("INSERT INTO search_results (batch_id, candidate, family, variant, hyperparameters, metric, score, "
                                 "score_std, seconds, recommended, chosen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {r.batchId, r.candidate, r.family, r.variant, json(r.hyperparameters), r.metric, SqlValues::nullable(r.score),
                   SqlValues::nullable(r.scoreStd), r.seconds, r.recommended ? 1 : 0, r.chosen ? 1 : 0});
}

std::vector<LearningStore::SearchRow> LearningStore::search(qint64 batchId) const
{
    QString sql = QStringLiteral("SELECT batch_id, candidate, family, variant, hyperparameters, metric, score, score_std, seconds, "
                                 "recommended, chosen FROM search_results");
    QVariantList values;
    if (batchId >= 0) {
        sql += QStringLiteral(" WHERE batch_id = ?");
        values.append(batchId);
    }
    std::vector<SearchRow> result;
    QSqlQuery q = m_db.exec(sql + QStringLiteral(" ORDER BY batch_id, candidate"), values);
    while (q.next()) {
        SearchRow r;
        r.batchId = q.value(0).toLongLong();
        r.candidate = q.value(1).toInt();
        r.family = q.value(2).toString();
        r.variant = q.value(3).toString();
        r.hyperparameters = object(q.value(4));
        r.metric = q.value(5).toString();
        r.score = SqlValues::orNan(q.value(6));
        r.scoreStd = SqlValues::orNan(q.value(7));
        r.seconds = q.value(8).toDouble();
        r.recommended = q.value(9).toInt() != 0;
        r.chosen = q.value(10).toInt() != 0;
        result.push_back(r);
    }
    return result;
}

void LearningStore::saveScore(const VersionScore &score)
{
    m_db.exec(QStringLiteral("INSERT INTO version_scores (batch_id, version, role, metrics) VALUES (?, ?, ?, ?)"),
              {score.batchId, score.version, score.role, json(score.metrics)});
}

std::vector<LearningStore::VersionScore> LearningStore::scores() const
{
    std::vector<VersionScore> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT batch_id, version, role, metrics FROM version_scores ORDER BY batch_id, version"));
    while (q.next())
        result.push_back({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), object(q.value(3))});
    return result;
}

void LearningStore::saveMeta(const MetaRow &row)
{
    m_db.exec(QStringLiteral("INSERT INTO meta_features (batch_id, features, recommendation, winner, hit) VALUES (?, ?, ?, ?, ?)"),
              {row.batchId, json(row.features), json(row.recommendation), json(row.winner),
               row.hit < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(row.hit)});
}

std::vector<LearningStore::MetaRow> LearningStore::meta() const
{
    std::vector<MetaRow> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT batch_id, features, recommendation, winner, hit FROM meta_features ORDER BY batch_id"));
    while (q.next())
        result.push_back({q.value(0).toLongLong(), object(q.value(1)), object(q.value(2)), object(q.value(3)),
                          q.value(4).isNull() ? -1 : q.value(4).toInt()});
    return result;
}

void LearningStore::saveImportance(int v, const QString &method, const QList<QPair<QString, double>> &values)
{
    for (const auto &[feature, value] : values)
        m_db.exec(QStringLiteral("INSERT INTO feature_importance (version, method, feature, value) VALUES (?, ?, ?, ?)"),
                  {v, method, feature, value});
}

QList<QPair<QString, double>> LearningStore::importance(int v, const QString &method) const
{
    QList<QPair<QString, double>> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT feature, value FROM feature_importance WHERE version = ? AND method = ? ORDER BY value DESC"),
                            {v, method});
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toDouble()});
    return result;
}

} // namespace streamml::model::store
