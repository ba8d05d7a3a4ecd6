#pragma once

#include "model/data/column_profile.h"
#include "model/store/batch_record.h"

#include <optional>
#include <vector>

namespace streamml::model::store {

class Database;

/// The `batches` and `batch_meta` tables: which batches arrived and their meta-parameters.
class BatchStore
{
public:
    explicit BatchStore(Database &database);

    qint64 nextId() const;
    std::optional<qint64> idOfHash(const QString &sha256) const;
    void insert(const BatchRecord &batch);
    void setStatus(qint64 id, const QString &status, const QString &reasons);
    std::vector<BatchRecord> list() const;
    std::optional<BatchRecord> find(qint64 id) const;
    qint64 count() const;

    void insertProfiles(qint64 batchId, const std::vector<data::ColumnProfile> &profiles);
    std::vector<data::ColumnProfile> profiles(qint64 batchId) const;

private:
    Database &m_db;
};

} // namespace streamml::model::store
