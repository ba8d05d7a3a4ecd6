#pragma once

#include "model/evaluation/explain/feature_importance.h"

#include <QMap>
#include <QString>
#include <vector>

namespace streamml::view {

/// What the Interpretation view chooses from: the registered versions, the champion, the stored
/// batches, and each version's stored global importance.
struct InterpretationOverview
{
    /// One registered model version.
    struct Version
    {
        int version = 0;
        QString family;
        QString status;    ///< champion, challenger or archived
        QString trainedOn; ///< batch range
    };

    /// One stored batch.
    struct Batch
    {
        qint64 id = 0;
        qint64 rows = 0;
        QString status;
    };

    /// A version's importance as stored after it was trained, largest first.
    struct Importance
    {
        std::vector<model::evaluation::explain::FeatureImportance> meanAbsShap;
        std::vector<model::evaluation::explain::FeatureImportance> permutation;
    };

    std::vector<Version> versions; ///< ascending
    int champion = -1;             ///< -1 when no version is champion
    std::vector<Batch> batches;    ///< ascending
    QMap<int, Importance> importance;
};

} // namespace streamml::view
