#pragma once

#include "model/core/progress_sink.h"
#include "model/evaluation/candidate_evaluator.h"
#include "model/settings/model_settings.h"

#include <vector>

namespace streamml::model::evaluation {

/// Hyper-parameter search: every family's space from [models] (full grid or a seeded random sample)
/// crossed with the preparation variants the family can use, recommended candidates first, scored
/// in parallel on identical folds; with early stopping, it stops once rounds stop improving.
class ModelSearch
{
public:
    struct Candidate
    {
        registry::ModelSpec spec;
        bool recommended = false;
    };

    struct Outcome
    {
        std::vector<Candidate> candidates;   ///< in evaluation order
        std::vector<CandidateScore> scores;  ///< one per evaluated candidate (a prefix of candidates)
        int best = -1;                       ///< index of the best scored candidate
        /// The candidate to use: among those within one standard error of the best, the best of the
        /// simplest family (Breiman's one-standard-error rule), so noise on small data does not buy a
        /// more complex model.
        int chosen = -1;
        bool stoppedEarly = false;
    };

    ModelSearch(settings::ModelSettings settings, quint32 seed, bool earlyStop);

    /// The candidates of a task: `recommended` first (kept only where the family is searched), then
    /// the planned ones not already recommended.
    std::vector<Candidate> plan(learners::Task task, const std::vector<registry::ModelSpec> &recommended) const;
    Outcome run(const CandidateEvaluator &evaluator, std::vector<Candidate> candidates, bool greaterIsBetter,
                core::ProgressSink &progress) const;

    /// Whether a family can take a variant's output (only trees accept missing values).
    static bool accepts(const QString &family, const prep::PrepVariant &variant);

private:
    QList<QJsonObject> hyperparameters(const QString &family) const;
    static bool better(double a, double b, bool greaterIsBetter);
    static int oneStandardError(const Outcome &outcome, int folds, bool greaterIsBetter);
    static int simplicityRank(const QString &family);

    settings::ModelSettings m_settings;
    quint32 m_seed;
    bool m_earlyStop;
};

} // namespace streamml::model::evaluation
