#pragma once

#include "model/data/table.h"

#include <QHash>
#include <vector>

namespace streamml::model::store {
class Database;
}

namespace streamml::model::pipeline {

/// Chooses the stored batches a new batch is compared with and loads their raw rows, keeping
/// loaded tables for the later batches of the same update.
class ReferenceWindow
{
public:
    explicit ReferenceWindow(store::Database &database);

    /// The last `count` batches before `batchId` that learning may use (accepted or cleaned).
    std::vector<qint64> lastUsable(qint64 batchId, int count) const;
    /// The usable batches before `batchId` the champion was trained on; empty without a champion.
    std::vector<qint64> championBatches(qint64 batchId) const;
    /// The raw rows of the batches, concatenated in the given order.
    data::Table load(const std::vector<qint64> &batchIds);

private:
    store::Database &m_db;
    QHash<qint64, data::Table> m_tables;
};

} // namespace streamml::model::pipeline
