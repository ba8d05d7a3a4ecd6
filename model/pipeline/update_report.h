#pragma once

#include <QString>
#include <cmath>
#include <vector>

namespace streamml::model::pipeline {

/// What happened to one batch taken by an update.
struct BatchOutcome
{
    qint64 batchId = -1; ///< -1 when the content was already stored
    QString segment;
    qint64 rows = 0;
    double timeFrom = 0;
    double timeTo = 0;
    QString status;
    double qualityScore = std::nan("");
    double driftShare = std::nan(""); ///< NaN when the batch had no reference
    int champion = -1;                ///< champion version after the batch
    QString decision;                 ///< what the drift response policy decided
    bool duplicateOf = false;
    qint64 duplicateId = -1;
};

/// The result of one update: the batches taken, and whether every stage passed for every one.
struct UpdateReport
{
    std::vector<BatchOutcome> batches;
    bool ok = true;
    QString error; ///< why the update stopped, when it did not pass
    bool streamEnded = false;
};

} // namespace streamml::model::pipeline
