#include "model/evaluation/model_search.h"

#include "model/evaluation/search_space.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

namespace streamml::model::evaluation {

namespace {
bool sameSpec(const registry::ModelSpec &a, const registry::ModelSpec &b)
{
    return a.family == b.family && a.hyperparameters == b.hyperparameters && a.variant == b.variant;
}
} // namespace

ModelSearch::ModelSearch(settings::ModelSettings settings, quint32 seed, bool earlyStop)
    : m_settings(std::move(settings))
    , m_seed(seed)
    , m_earlyStop(earlyStop)
{
}

bool ModelSearch::accepts(const QString &family, const prep::PrepVariant &variant)
{
    return !variant.keepNan || family == u"decision_tree" || family == u"hoeffding_tree";
}

QList<QJsonObject> ModelSearch::hyperparameters(const QString &family) const
{
    const SearchSpace space = SearchSpace::parse(m_settings.spaces.value(family));
    if (m_settings.grid)
        return space.grid();
    return space.sample(m_settings.candidates, m_seed + quint32(qHash(family)));
}

std::vector<ModelSearch::Candidate> ModelSearch::plan(learners::Task task, const std::vector<registry::ModelSpec> &recommended) const
{
    const QStringList families = m_settings.familiesFor(task);
    std::vector<Candidate> result;
    for (const registry::ModelSpec &spec : recommended)
        if (families.contains(spec.family) && accepts(spec.family, spec.variant))
            result.push_back({spec, true});
    for (const QString &family : families) {
        const QList<QJsonObject> points = hyperparameters(family);
        for (const prep::PrepVariant &variant : m_settings.variants) {
            if (!accepts(family, variant))
                continue;
            for (const QJsonObject &point : points) {
                const registry::ModelSpec spec{family, point, variant};
                const bool known = std::any_of(result.begin(), result.end(), [&](const Candidate &c) { return sameSpec(c.spec, spec); });
                if (!known)
                    result.push_back({spec, false});
            }
        }
    }
    return result;
}

bool ModelSearch::better(double a, double b, bool greaterIsBetter)
{
    if (std::isnan(a))
        return false;
    if (std::isnan(b))
        return true;
    return greaterIsBetter ? a > b : a < b;
}

int ModelSearch::simplicityRank(const QString &family)
{
    // Fewer effective parameters and cheaper predictions first: a linear model, a pruned tree, a
    // tree that keeps growing, then a model that keeps its training rows.
    static const QStringList order{QStringLiteral("ridge_regression"), QStringLiteral("logistic_regression"),
                                   QStringLiteral("sgd_linear"), QStringLiteral("huber_regression"),
                                   QStringLiteral("decision_tree"), QStringLiteral("hoeffding_tree"), QStringLiteral("knn")};
    const qsizetype rank = order.indexOf(family);
    return rank < 0 ? int(order.size()) : int(rank);
}

int ModelSearch::oneStandardError(const Outcome &outcome, int folds, bool greaterIsBetter)
{
    if (outcome.best < 0)
        return -1;
    const CandidateScore &best = outcome.scores[size_t(outcome.best)];
    const double tolerance = std::isnan(best.std) ? 0.0 : best.std / std::sqrt(double(std::max(folds, 1)));
    // The simplest family within one standard error of the best, and its best candidate: a choice
    // that depends on the scores only, never on how busy the machine was.
    int chosen = outcome.best;
    for (size_t i = 0; i < outcome.scores.size(); ++i) {
        const CandidateScore &s = outcome.scores[i];
        const bool close = greaterIsBetter ? s.mean >= best.mean - tolerance : s.mean <= best.mean + tolerance;
        if (std::isnan(s.mean) || !close)
            continue;
        const int rank = simplicityRank(outcome.candidates[i].spec.family);
        const int chosenRank = simplicityRank(outcome.candidates[size_t(chosen)].spec.family);
        if (rank < chosenRank || (rank == chosenRank && better(s.mean, outcome.scores[size_t(chosen)].mean, greaterIsBetter)))
            chosen = int(i);
    }
    return chosen;
}

ModelSearch::Outcome ModelSearch::run(const CandidateEvaluator &evaluator, std::vector<Candidate> candidates,
                                      bool greaterIsBetter, core::ProgressSink &progress) const
{
    Outcome outcome;
    outcome.candidates = std::move(candidates);
    const qsizetype total = qsizetype(outcome.candidates.size());
    const qsizetype round = std::max(2, QThread::idealThreadCount());
    int roundsWithoutGain = 0;
    for (qsizetype first = 0; first < total; first += round) {
        progress.checkCancelled();
        progress.progress(QStringLiteral("searching hyper-parameters"), first, total);
        const qsizetype last = std::min(total, first + round);
        std::vector<qsizetype> indices(size_t(last - first));
        std::iota(indices.begin(), indices.end(), first);
        // A pool of its own: learners parallelise inside on the global pool, and nesting both on one
        // pool can leave every thread waiting for a task that has none left to run on.
        QThreadPool pool;
        pool.setMaxThreadCount(int(round));
        std::vector<CandidateScore> scores(indices.size());
        QtConcurrent::blockingMap(&pool, indices, [&](qsizetype i) {
            scores[size_t(i - first)] = evaluator.evaluate(outcome.candidates[size_t(i)].spec);
        });
        const double before = outcome.best < 0 ? std::nan("") : outcome.scores[size_t(outcome.best)].mean;
        for (const CandidateScore &score : scores) {
            outcome.scores.push_back(score);
            const int index = int(outcome.scores.size()) - 1;
            if (outcome.best < 0 || better(score.mean, outcome.scores[size_t(outcome.best)].mean, greaterIsBetter))
                outcome.best = std::isnan(score.mean) ? outcome.best : index;
        }
        const double after = outcome.best < 0 ? std::nan("") : outcome.scores[size_t(outcome.best)].mean;
        roundsWithoutGain = better(after, before, greaterIsBetter) ? 0 : roundsWithoutGain + 1;
        // Stop once two rounds in a row found nothing better and half of the plan is done.
        if (m_earlyStop && roundsWithoutGain >= 2 && 2 * last >= total && last < total) {
            outcome.stoppedEarly = true;
            break;
        }
    }
    outcome.chosen = oneStandardError(outcome, evaluator.foldCount(), greaterIsBetter);
    return outcome;
}

} // namespace streamml::model::evaluation
