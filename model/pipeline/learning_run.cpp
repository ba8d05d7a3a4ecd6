#include "model/pipeline/learning_run.h"

#include "model/core/error.h"
#include "model/core/log.h"
#include "model/core/progress_sink.h"
#include "model/evaluation/k_fold.h"
#include "model/evaluation/metric_registry.h"
#include "model/evaluation/model_search.h"
#include "model/evaluation/stratified_k_fold.h"
#include "model/evaluation/time_hold_out.h"
#include "model/evaluation/time_series_split.h"
#include "model/pipeline/importance_recorder.h"
#include "model/pipeline/meta_learner.h"
#include "model/pipeline/model_drift_monitor.h"
#include "model/pipeline/reference_window.h"
#include "model/pipeline/version_publisher.h"
#include "model/quality/cleaner.h"
#include "model/serving/performance_probe.h"
#include "model/store/batch_record.h"
#include "model/store/batch_store.h"
#include "model/store/event_log.h"
#include "model/store/raw_row_store.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace streamml::model::pipeline {

using core::Error;

namespace {
std::unique_ptr<evaluation::Splitter> splitterFor(const settings::ValidationSettings &v, learners::Task task, quint32 seed)
{
    using Scheme = settings::ValidationSettings::Scheme;
    if (v.scheme == Scheme::KFold && task == learners::Task::Classification)
        return std::make_unique<evaluation::StratifiedKFold>(v.folds, true, seed);
    if (v.scheme == Scheme::KFold)
        return std::make_unique<evaluation::KFold>(v.folds, true, seed);
    if (v.scheme == Scheme::HoldOut)
        return std::make_unique<evaluation::TimeHoldOut>(v.holdoutFraction);
    return std::make_unique<evaluation::TimeSeriesSplit>(v.folds, std::nullopt, std::nullopt, v.gap);
}

std::vector<double> rowErrors(learners::Task task, const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted)
{
    std::vector<double> errors(size_t(truth.size()));
    for (Eigen::Index i = 0; i < truth.size(); ++i)
        errors[size_t(i)] = task == learners::Task::Classification ? (truth(i) == predicted(i) ? 0.0 : 1.0)
                                                                    : std::abs(truth(i) - predicted(i));
    return errors;
}

int distinctLabels(const data::Column &target)
{
    if (!target.isCategorical())
        return 0;
    std::vector<bool> present(size_t(target.dictionary().size()), false);
    for (std::int32_t code : target.codes())
        if (code >= 0)
            present[size_t(code)] = true;
    return int(std::count(present.begin(), present.end(), true));
}
} // namespace

LearningRun::LearningRun(LearningStage &stage, store::Database &database, ReferenceWindow &window, const store::BatchRecord &batch,
                         const data::Table &cleaned, const data::ColumnRoles &roles, const quality::QualityReport &quality,
                         const std::optional<drift::DatasetDrift> &drift, core::ProgressSink &progress)
    : m_stage(stage)
    , m_db(database)
    , m_window(window)
    , m_batch(batch)
    , m_cleaned(cleaned)
    , m_roles(roles)
    , m_quality(quality)
    , m_drift(drift)
    , m_progress(progress)
    , m_registry(database)
{
    m_record.batchId = batch.id;
    m_record.championBefore = m_registry.alias(QStringLiteral("champion")).value_or(-1);
}

bool LearningRun::prepareSchema()
{
    // A quarantined batch has no cleaned rows, and without a target there is nothing to learn.
    if (!m_roles.hasTarget() || m_quality.isQuarantined() || !m_cleaned.hasColumn(m_roles.target()))
        return false;
    const LearningStage::Settings &s = m_stage.settings();
    m_schema.features = m_roles.features();
    m_schema.target = m_roles.target();
    m_schema.timeColumn = m_roles.time();
    m_schema.task = LearningStage::taskFor(s.source, m_cleaned.column(m_roles.target()));
    if (m_schema.task == learners::Task::Classification) {
        m_schema.negativeLabels = s.source.negativeLabels;
        m_schema.positiveName = s.source.positiveLabel;
    }
    m_schema.featureSettings = s.features;
    const int classes = m_schema.negativeLabels.isEmpty() ? distinctLabels(m_cleaned.column(m_roles.target())) : 2;
    m_metric = LearningStage::decisiveMetric(s.validation.metric, m_schema.task, classes);
    m_greaterIsBetter = evaluation::MetricRegistry::find(m_metric).greaterIsBetter;
    return true;
}

void LearningRun::event(const QString &kind, int version, const QString &reason)
{
    store::EventLog(m_db).append(kind, m_batch.id, version, QStringLiteral("pipeline"), reason);
    core::Log::get("registry")->info("{} v{} at batch {}: {}", kind, version, m_batch.id, reason);
}

std::optional<LearningRun::Scored> LearningRun::score(const QString &alias, const QString &role)
{
    const std::optional<int> version = m_registry.alias(alias);
    if (!version)
        return std::nullopt;
    const std::shared_ptr<registry::TrainedModel> model = m_stage.model(m_db, *version);
    const data::Table rows = m_cleaned.take(model->labelledRows(m_cleaned));
    Scored scored;
    scored.version = *version;
    if (rows.rowCount() == 0)
        return scored;
    const registry::Predictions predicted = model->predict(rows);
    const Eigen::VectorXd truth = model->targets(rows);
    scored.metrics = evaluation::MetricRegistry::computeStandard(m_schema.task, truth, predicted.values, predicted.probabilities);
    scored.errors = rowErrors(m_schema.task, truth, predicted.values);
    scored.score = scored.metrics.value(m_metric).isDouble() ? scored.metrics.value(m_metric).toDouble() : std::nan("");
    store::LearningStore(m_db).saveScore({m_batch.id, *version, role, scored.metrics});
    if (role == u"champion") {
        const serving::PerformanceProbe::Latency latency = serving::PerformanceProbe::measure(*model, m_cleaned);
        m_record.inferenceMsPer1k = latency.msPer1kRows;
        m_record.latencyP50Ms = latency.p50Ms;
        m_record.latencyP95Ms = latency.p95Ms;
        m_record.latencyP99Ms = latency.p99Ms;
    }
    return scored;
}

registry::PromotionGate::Costs LearningRun::costs(const registry::TrainedModel &model, double trainSeconds, qint64 fileBytes) const
{
    registry::PromotionGate::Costs c;
    c.inferenceMsPer1k = serving::PerformanceProbe::measure(model, m_cleaned, 0).msPer1kRows;
    c.trainSeconds = trainSeconds;
    c.modelMb = double(fileBytes) / (1024.0 * 1024.0);
    c.peakRssMb = serving::PerformanceProbe::peakRssMb();
    return c;
}

void LearningRun::gate(const Scored &champion, const Scored &challenger)
{
    const registry::ModelVersion entry = *m_registry.find(challenger.version);
    const registry::PromotionGate gate(m_stage.settings().serving, m_stage.settings().validation.margin, m_metric, m_greaterIsBetter);
    const auto verdict = gate.compare(challenger.version, challenger.score, champion.version, champion.score,
                                      costs(*m_stage.model(m_db, challenger.version), entry.trainSeconds, entry.fileBytes), m_batch.id);
    if (!verdict.promote) {
        event(QStringLiteral("refuse"), challenger.version, verdict.reason);
        return;
    }
    m_registry.setAlias(QStringLiteral("champion"), challenger.version);
    m_registry.clearAlias(QStringLiteral("challenger"));
    m_record.detectorReset = true;
    event(QStringLiteral("promote"), challenger.version, verdict.reason);
}

drift::DriftResponsePolicy::Decision LearningRun::decide()
{
    const LearningStage::Settings &s = m_stage.settings();
    m_record.modelDrift = ModelDriftMonitor(s.validation.detector).observe(store::LearningStore(m_db).batches(), m_record.errors);
    drift::DriftResponsePolicy::Inputs in;
    in.hasChampion = m_registry.alias(QStringLiteral("champion")).has_value();
    in.datasetDrift = m_drift && m_drift->drifted;
    in.driftShare = m_drift ? m_drift->driftShare : 0.0;
    in.driftedFeatures = m_drift ? m_drift->driftedFeatures() : QStringList();
    in.modelDrift = m_record.modelDrift;
    in.searchDue = s.models.searchEvery > 0 && m_batch.id % s.models.searchEvery == 0;
    in.searchStale = searchStale();
    in.qualityScore = m_quality.score;
    return drift::DriftResponsePolicy().decide(in);
}

bool LearningRun::searchStale() const
{
    // A champion chosen on little data is re-chosen once the window has twice the rows its search had.
    const std::vector<store::LearningStore::MetaRow> meta = store::LearningStore(m_db).meta();
    const auto last = std::find_if(meta.rbegin(), meta.rend(), [](const auto &row) { return !row.winner.isEmpty(); });
    if (last == meta.rend())
        return false;
    qint64 rows = 0;
    store::BatchStore batches(m_db);
    for (qint64 id : windowIds())
        rows += batches.find(id)->rows;
    return rows >= 2 * qint64(last->recommendation.value(QStringLiteral("rows")).toDouble());
}

std::vector<qint64> LearningRun::windowIds() const
{
    const int batches = m_stage.settings().validation.windowBatches;
    return m_window.lastUsable(m_batch.id + 1, batches > 0 ? batches : std::numeric_limits<int>::max());
}

data::Table LearningRun::windowRows(const std::vector<qint64> &ids) const
{
    const quality::Cleaner cleaner(m_stage.settings().quality);
    data::Table rows;
    for (qint64 id : ids) {
        if (id == m_batch.id) {
            rows.append(tagged(m_cleaned, id));
            continue;
        }
        quality::QualityReport report;
        rows.append(tagged(cleaner.clean(m_window.load({id}), m_roles, report), id));
    }
    return rows;
}

data::Table LearningRun::tagged(data::Table rows, qint64 batchId)
{
    rows.addColumn(data::Column::numeric(registry::TrainedModel::batchColumn(), std::vector<double>(size_t(rows.rowCount()), double(batchId))));
    return rows;
}

std::shared_ptr<registry::TrainedModel> LearningRun::train(const registry::ModelSpec &spec, const data::Table &rows, double &seconds) const
{
    QElapsedTimer timer;
    timer.start();
    auto model = std::make_shared<registry::TrainedModel>(registry::TrainedModel::train(spec, m_schema, rows));
    seconds = double(timer.nsecsElapsed()) / 1e9;
    return model;
}

registry::ModelVersion LearningRun::publish(const std::shared_ptr<registry::TrainedModel> &model, const QString &origin, int parent,
                                            const std::vector<qint64> &trainedOn, double trainSeconds, const QString &alias,
                                            const QString &reason, const QJsonObject &metrics)
{
    const registry::ModelVersion v = VersionPublisher(m_db, m_stage.settings().modelsDir)
                                         .publish(*model, origin, parent, trainedOn, metrics, trainSeconds);
    m_stage.remember(v.version, model);
    m_record.trainSeconds += trainSeconds;
    ImportanceRecorder(m_metric, m_stage.settings().validation.seed).record(m_db, v.version, model, m_cleaned);
    const registry::PromotionGate gate(m_stage.settings().serving, 0, m_metric, m_greaterIsBetter);
    const QString breach = gate.budgetBreach(costs(*model, trainSeconds, v.fileBytes));
    if (!breach.isEmpty()) {
        event(QStringLiteral("refuse"), v.version, QStringLiteral("not made %1: %2").arg(alias, breach));
        return v;
    }
    m_registry.setAlias(alias, v.version);
    if (alias == u"champion")
        event(QStringLiteral("promote"), v.version, reason);
    return v;
}

QJsonObject LearningRun::validationMetrics(const evaluation::CandidateScore &score, qsizetype rows) const
{
    const settings::ValidationSettings &v = m_stage.settings().validation;
    return {{m_metric, score.mean},
            {m_metric + QStringLiteral("_std"), score.std},
            {QStringLiteral("scheme"), settings::ValidationSettings::schemeName(v.scheme)},
            {QStringLiteral("folds"), v.folds},
            {QStringLiteral("rows"), double(rows)}};
}

void LearningRun::updateChampion(int champion)
{
    const std::shared_ptr<registry::TrainedModel> base = m_stage.model(m_db, champion);
    auto updated = std::make_shared<registry::TrainedModel>(*base);
    QElapsedTimer timer;
    timer.start();
    const qsizetype used = updated->update(tagged(m_cleaned, m_batch.id));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (used == 0)
        return;
    std::vector<qint64> trainedOn = m_registry.find(champion)->trainedOn;
    trainedOn.push_back(m_batch.id);
    publish(updated, QStringLiteral("incremental"), champion, trainedOn, seconds, QStringLiteral("champion"),
            QStringLiteral("incremental update of v%1 with %2 rows of batch %3").arg(champion).arg(used).arg(m_batch.id));
}

void LearningRun::retrain(int champion, const QString &reason)
{
    const std::vector<qint64> ids = windowIds();
    double seconds = 0;
    const auto model = train(m_stage.model(m_db, champion)->spec(), windowRows(ids), seconds);
    publish(model, QStringLiteral("retrain"), -1, ids, seconds, QStringLiteral("challenger"), reason);
}

void LearningRun::regrow(const QString &reason)
{
    const LearningStage::Settings &s = m_stage.settings();
    const std::vector<qint64> ids = windowIds();
    const data::Table all = windowRows(ids);
    const data::Table rows = all.take(prep::TargetEncoder::rowsWithTarget(all.column(m_schema.target)));
    const quint32 seed = s.validation.seed + quint32(m_batch.id);
    const auto splitter = splitterFor(s.validation, m_schema.task, seed);
    const evaluation::CandidateEvaluator evaluator(m_schema, rows, *splitter, m_metric);

    prep::TargetEncoder encoder = m_schema.targetEncoder();
    encoder.fit(rows.column(m_schema.target));
    const data::Table labelled = m_cleaned.take(prep::TargetEncoder::rowsWithTarget(m_cleaned.column(m_schema.target)));
    const QJsonObject metaFeatures = MetaLearner::features(m_cleaned, m_roles, m_schema.task,
                                                           encoder.encode(labelled.column(m_schema.target)),
                                                           m_drift ? m_drift->driftShare : 0.0, m_quality.score);
    std::vector<registry::ModelSpec> recommended;
    if (s.meta.enabled)
        recommended = MetaLearner(s.meta.neighbours).recommend(metaFeatures, store::LearningStore(m_db).meta());

    const evaluation::ModelSearch search(s.models, seed, s.meta.earlyStop && !recommended.empty());
    const evaluation::ModelSearch::Outcome outcome = search.run(evaluator, search.plan(m_schema.task, recommended), m_greaterIsBetter, m_progress);
    std::vector<store::LearningStore::SearchRow> searchRows;
    double searchSeconds = 0;
    for (size_t i = 0; i < outcome.scores.size(); ++i) {
        const auto &candidate = outcome.candidates[i];
        const auto &score = outcome.scores[i];
        searchSeconds += score.seconds;
        searchRows.push_back({m_batch.id, int(i), candidate.spec.family, candidate.spec.variant.toText(), candidate.spec.hyperparameters,
                              m_metric, score.mean, score.std, score.seconds, candidate.recommended, int(i) == outcome.chosen});
    }
    store::LearningStore(m_db).saveSearch(searchRows);
    if (outcome.candidates.empty())
        throw Error::settings(QStringLiteral("[models] gives no candidate to search for %1").arg(learners::taskName(m_schema.task)));
    QString unscored;
    if (outcome.chosen < 0) {
        // Too few rows to validate anything (e.g. one class per fold): train the first candidate and say so.
        unscored = QStringLiteral("; no candidate could be validated on %1 rows (%2), so the first was trained unvalidated")
                       .arg(rows.rowCount())
                       .arg(outcome.scores.empty() ? QString() : outcome.scores.front().error);
        core::Log::get("learning")->warn("batch {}{}", m_batch.id, unscored);
    }
    const int chosen = std::max(outcome.chosen, 0);
    const registry::ModelSpec &winner = outcome.candidates[size_t(chosen)].spec;
    double seconds = 0;
    const auto model = train(winner, rows, seconds);
    m_record.trainSeconds += searchSeconds;
    const bool first = !m_registry.alias(QStringLiteral("champion")).has_value();
    const QString why = unscored.isEmpty()
                            ? QStringLiteral("%1; search chose %2 with %3 = %4 (best %5, within one standard error) over %6 of %7 candidates")
                                  .arg(reason, winner.describe(), m_metric)
                                  .arg(outcome.scores[size_t(outcome.chosen)].mean, 0, 'f', 4)
                                  .arg(outcome.scores[size_t(outcome.best)].mean, 0, 'f', 4)
                                  .arg(outcome.scores.size())
                                  .arg(outcome.candidates.size())
                            : QStringLiteral("%1; %2%3").arg(reason, winner.describe(), unscored);
    publish(model, first ? QStringLiteral("initial") : QStringLiteral("search"), -1, ids, seconds,
            first ? QStringLiteral("champion") : QStringLiteral("challenger"), why,
            unscored.isEmpty() ? validationMetrics(outcome.scores[size_t(chosen)], evaluator.rows()) : QJsonObject{});
    if (first)
        m_record.detectorReset = true;

    QJsonArray specs;
    for (const registry::ModelSpec &spec : recommended)
        specs.append(MetaLearner::specJson(spec));
    const QJsonObject recommendation{{QStringLiteral("specs"), specs},
                                     {QStringLiteral("rows"), double(evaluator.rows())},
                                     {QStringLiteral("planned"), double(outcome.candidates.size())},
                                     {QStringLiteral("evaluated"), double(outcome.scores.size())},
                                     {QStringLiteral("stopped_early"), outcome.stoppedEarly},
                                     {QStringLiteral("best_score"), outcome.best < 0 ? QJsonValue() : QJsonValue(outcome.scores[size_t(outcome.best)].mean)},
                                     {QStringLiteral("chosen_score"), outcome.chosen < 0 ? QJsonValue() : QJsonValue(outcome.scores[size_t(outcome.chosen)].mean)}};
    const QJsonObject winnerJson = MetaLearner::specJson(winner);
    store::LearningStore(m_db).saveMeta({m_batch.id, metaFeatures, recommendation, winnerJson, MetaLearner::hit(recommendation, winnerJson)});
}

void LearningRun::ensureFallback(bool refresh)
{
    const LearningStage::Settings &s = m_stage.settings();
    if (!refresh && m_registry.alias(QStringLiteral("fallback")))
        return;
    registry::ModelSpec spec{s.models.fallback, {}, prep::PrepVariant::tree()};
    // The fallback keeps the best hyper-parameters the search found for its family, when it tried any.
    double best = std::nan("");
    for (const auto &row : store::LearningStore(m_db).search(m_batch.id))
        if (row.family == spec.family && (std::isnan(best) || (m_greaterIsBetter ? row.score > best : row.score < best))) {
            best = row.score;
            spec.hyperparameters = row.hyperparameters;
        }
    if (!evaluation::ModelSearch::accepts(spec.family, spec.variant))
        spec.variant = prep::PrepVariant::linear();
    const std::vector<qint64> ids = windowIds();
    double seconds = 0;
    const auto model = train(spec, windowRows(ids), seconds);
    publish(model, QStringLiteral("fallback"), -1, ids, seconds, QStringLiteral("fallback"),
            QStringLiteral("fallback for rows the champion should not answer"));
}

store::LearningStore::BatchLearning LearningRun::execute()
{
    if (!prepareSchema()) {
        m_record.decision = drift::DriftResponsePolicy::name(drift::DriftResponsePolicy::Response::Skip);
        m_record.decisionInputs = QJsonObject{{QStringLiteral("reason"), m_roles.hasTarget() ? QStringLiteral("the batch is quarantined")
                                                                                             : QStringLiteral("no target column is configured")}};
        m_record.championAfter = m_record.championBefore;
        m_record.peakRssMb = serving::PerformanceProbe::peakRssMb();
        store::LearningStore(m_db).saveBatch(m_record);
        return m_record;
    }
    m_progress.progress(QStringLiteral("scoring the champion"), 0, 4);
    const std::optional<Scored> champion = score(QStringLiteral("champion"), QStringLiteral("champion"));
    const std::optional<Scored> challenger = score(QStringLiteral("challenger"), QStringLiteral("challenger"));
    if (champion) {
        m_record.prequential = champion->metrics;
        m_record.errors = champion->errors;
    }
    if (champion && challenger)
        gate(*champion, *challenger);
    const drift::DriftResponsePolicy::Decision decision = decide();
    m_record.decision = drift::DriftResponsePolicy::name(decision.response);
    m_record.decisionInputs = decision.inputs;
    m_record.decisionInputs.insert(QStringLiteral("reason"), decision.reason);

    m_progress.progress(QStringLiteral("learning"), 1, 4);
    if (const std::optional<int> current = m_registry.alias(QStringLiteral("champion")))
        updateChampion(*current);
    if (decision.response == drift::DriftResponsePolicy::Response::Retrain)
        retrain(*m_registry.alias(QStringLiteral("champion")), decision.reason);
    if (decision.response == drift::DriftResponsePolicy::Response::Regrow)
        regrow(decision.reason);
    m_progress.progress(QStringLiteral("fallback model"), 3, 4);
    ensureFallback(decision.response == drift::DriftResponsePolicy::Response::Regrow);

    m_record.championAfter = m_registry.alias(QStringLiteral("champion")).value_or(-1);
    m_record.peakRssMb = serving::PerformanceProbe::peakRssMb();
    if (std::isnan(m_record.inferenceMsPer1k) && m_record.championAfter > 0) {
        const auto latency = serving::PerformanceProbe::measure(*m_stage.model(m_db, m_record.championAfter), m_cleaned);
        m_record.inferenceMsPer1k = latency.msPer1kRows;
        m_record.latencyP50Ms = latency.p50Ms;
        m_record.latencyP95Ms = latency.p95Ms;
        m_record.latencyP99Ms = latency.p99Ms;
    }
    store::LearningStore(m_db).saveBatch(m_record);
    return m_record;
}

} // namespace streamml::model::pipeline
