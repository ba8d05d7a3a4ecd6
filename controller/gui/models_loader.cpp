#include "controller/gui/models_loader.h"

#include "model/evaluation/metric_registry.h"
#include "model/registry/model_registry.h"

#include <QHash>

namespace streamml::controller::gui {

namespace {
using model::store::LearningStore;

double number(const QJsonValue &value)
{
    return value.isDouble() ? value.toDouble() : std::nan("");
}

/// Audit events about models; quarantines and releases belong to the batches.
bool aboutModels(const model::store::EventLog::Event &e)
{
    return e.version >= 0 || e.kind == u"promote" || e.kind == u"refuse" || e.kind == u"rollback" || e.kind == u"drift_action";
}
} // namespace

ModelsLoader::ModelsLoader(model::store::Database &database)
    : m_db(database)
{
}

view::ModelsOverview ModelsLoader::overview() const
{
    const LearningStore learning(m_db);
    const model::registry::ModelRegistry registry(m_db);
    const std::vector<LearningStore::SearchRow> search = learning.search();
    const std::vector<LearningStore::VersionScore> scores = learning.scores();
    view::ModelsOverview o;
    o.champion = registry.alias(QStringLiteral("champion")).value_or(-1);
    o.challenger = registry.alias(QStringLiteral("challenger")).value_or(-1);
    o.fallback = registry.alias(QStringLiteral("fallback")).value_or(-1);
    o.metric = primaryMetric(search, scores);
    if (model::evaluation::MetricRegistry::contains(o.metric))
        o.greaterIsBetter = model::evaluation::MetricRegistry::find(o.metric).greaterIsBetter;
    for (const LearningStore::VersionScore &s : scores)
        o.scores.push_back({s.batchId, s.version, s.role, number(s.metrics.value(o.metric))});
    for (const LearningStore::SearchRow &row : search)
        if (row.chosen)
            o.searches.push_back(row);
    o.learning = learning.batches();
    for (LearningStore::BatchLearning &b : o.learning) {
        // Per-row errors feed the drift detector; the view draws none of them.
        b.errors.clear();
        o.batchIds.push_back(b.batchId);
    }
    addVersions(o, search);
    addEvents(o);
    return o;
}

QString ModelsLoader::primaryMetric(const std::vector<LearningStore::SearchRow> &search, const std::vector<LearningStore::VersionScore> &scores)
{
    // The metric the searches and the promotion gate decide by, when the scores hold it.
    const QJsonObject sample = scores.empty() ? QJsonObject() : scores.front().metrics;
    if (!search.empty() && (sample.isEmpty() || sample.contains(search.front().metric)))
        return search.front().metric;
    for (const char *name : {"roc_auc", "f1_macro", "rmse", "accuracy"})
        if (sample.contains(QString::fromLatin1(name)))
            return QString::fromLatin1(name);
    return sample.isEmpty() ? QStringLiteral("roc_auc") : sample.keys().front();
}

void ModelsLoader::addVersions(view::ModelsOverview &o, const std::vector<LearningStore::SearchRow> &search) const
{
    QHash<QString, QStringList> searched;
    for (const LearningStore::SearchRow &row : search)
        for (const QString &name : row.hyperparameters.keys())
            if (!searched[row.family].contains(name))
                searched[row.family].append(name);
    QHash<int, const view::ModelsOverview::Score *> latest;
    for (const view::ModelsOverview::Score &s : o.scores)
        if (!std::isnan(s.value))
            latest[s.version] = &s;
    for (const model::registry::ModelVersion &entry : model::registry::ModelRegistry(m_db).list()) {
        view::ModelsOverview::Version v{entry, searched.value(entry.family), number(entry.metrics.value(o.metric)), std::nan(""), -1};
        // A version a search chose was cross-validated on the batch that made it.
        for (const LearningStore::SearchRow &row : o.searches)
            if (std::isnan(v.validation) && (entry.origin == u"search" || entry.origin == u"initial") && !entry.trainedOn.empty()
                && row.batchId == entry.trainedOn.back() && row.family == entry.family)
                v.validation = row.score;
        if (const view::ModelsOverview::Score *s = latest.value(entry.version)) {
            v.latest = s->value;
            v.latestBatch = s->batchId;
        }
        o.versions.push_back(std::move(v));
    }
}

void ModelsLoader::addEvents(view::ModelsOverview &o) const
{
    for (const model::store::EventLog::Event &e : model::store::EventLog(m_db).list())
        if (aboutModels(e))
            o.events.push_back(e);
}

} // namespace streamml::controller::gui
