#pragma once

#include "model/data/column_roles.h"
#include "model/drift/dataset_drift.h"
#include "model/settings/drift_settings.h"

#include <optional>

namespace streamml::model::store {
class Database;
}

namespace streamml::model::pipeline {

class ReferenceWindow;

/// The data-drift stage of a batch: compares its features and its target with the reference window
/// and stores every test and the verdict. The first batch has no reference and gets no verdict.
class DriftStage
{
public:
    explicit DriftStage(settings::DriftSettings settings);

    std::optional<drift::DatasetDrift> run(store::Database &database, ReferenceWindow &window, qint64 batchId,
                                           const data::Table &current, const data::ColumnRoles &roles) const;

private:
    /// Features with values on both sides; a side without any cannot be tested.
    static QStringList testable(const data::Table &reference, const data::Table &current, const QStringList &columns);

    settings::DriftSettings m_settings;
};

} // namespace streamml::model::pipeline
