#pragma once

#include "model/registry/model_version.h"
#include "model/store/event_log.h"
#include "model/store/learning_store.h"

#include <QStringList>
#include <cmath>
#include <vector>

namespace streamml::view {

/// The model registry and its history as the Models view shows it: every version with its aliases
/// and scores, the hyper-parameters each search chose, what learning cost per batch, and the audit
/// events that changed or kept the champion.
struct ModelsOverview
{
    /// One registered version, with the figures the registry row alone does not hold.
    struct Version
    {
        model::registry::ModelVersion entry;
        QStringList keyHyperparameters;   ///< the ones searches vary for its family; empty: all
        double validation = std::nan(""); ///< primary metric at training time (registry, or the search's cross-validation)
        double latest = std::nan("");     ///< primary metric on the newest batch it was scored on
        qint64 latestBatch = -1;
    };

    /// One version's primary metric on one batch, before training on that batch.
    struct Score
    {
        qint64 batchId = 0;
        int version = 0;
        QString role; ///< champion, challenger, fallback
        double value = std::nan("");
    };

    std::vector<Version> versions; ///< ascending
    int champion = -1;             ///< -1: no such alias
    int challenger = -1;
    int fallback = -1;
    QString metric;                ///< the primary metric's scikit-learn name
    bool greaterIsBetter = true;
    std::vector<qint64> batchIds;  ///< every batch learning saw, ascending
    std::vector<Score> scores;     ///< by batch, then version
    std::vector<model::store::LearningStore::SearchRow> searches;     ///< the chosen candidate of each search
    std::vector<model::store::LearningStore::BatchLearning> learning; ///< per batch, ascending; errors left out
    std::vector<model::store::EventLog::Event> events;                ///< the registry's audit events, oldest first

    const Version *find(int version) const
    {
        for (const Version &v : versions)
            if (v.entry.version == version)
                return &v;
        return nullptr;
    }
};

} // namespace streamml::view
