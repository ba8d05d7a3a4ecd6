#pragma once

#include "model/data/table.h"

#include <memory>

namespace streamml::model::registry {
class TrainedModel;
}
namespace streamml::model::store {
class Database;
}

namespace streamml::model::pipeline {

/// Stores each new version's global feature importance, so its change over versions can be shown:
/// permutation importance of the deciding metric and mean |SHAP| on a sample of the newest rows.
class ImportanceRecorder
{
public:
    ImportanceRecorder(QString metric, quint32 seed);

    void record(store::Database &database, int version, const std::shared_ptr<const registry::TrainedModel> &model,
                const data::Table &rows) const;

private:
    data::Table sample(const data::Table &rows, qsizetype count) const;

    QString m_metric;
    quint32 m_seed;
};

} // namespace streamml::model::pipeline
