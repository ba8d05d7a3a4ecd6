#pragma once

#include "model/settings/drift_settings.h"
#include "model/settings/quality_settings.h"
#include "model/settings/source_settings.h"
#include "view/column_analysis.h"
#include "view/drift_overview.h"
#include "view/quality_batch_detail.h"
#include "view/quality_overview.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace streamml::model::data {
class ColumnRoles;
class Table;
}
namespace streamml::model::pipeline {
class ReferenceWindow;
}
namespace streamml::model::settings {
class Settings;
}
namespace streamml::model::store {
class Database;
}

namespace streamml::controller::gui {

/// Reads what the Quality & EDA and Drift views show from the store, on the connection of the
/// thread that owns it, and shapes it into the views' plain structs. Raw rows stay loaded until
/// reset(), so moving between columns and batches does not read them again.
class AnalysisLoader
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisLoader)

public:
    /// Rows of the missing-value map at most: more would not fit the pixels anyway.
    static constexpr qsizetype maxMapRows = 400;

    AnalysisLoader(model::store::Database &database, const model::settings::Settings &settings);
    ~AnalysisLoader();

    /// Forgets the loaded raw rows; call after the store changed.
    void reset();
    view::QualityOverview qualityOverview() const;
    view::QualityBatchDetail qualityBatch(qint64 batchId);
    view::ColumnAnalysis columnAnalysis(qint64 batchId, const QString &column);
    view::DriftOverview driftOverview() const;
    /// The feature (or target) in the batch against the reference its drift test used.
    view::DistributionComparison driftDistribution(qint64 batchId, const QString &feature);

private:
    model::data::ColumnRoles roles(const model::data::Table &table) const;
    std::optional<view::TargetRate> targetRate(const model::data::Table &batch, const QString &column) const;

    model::store::Database &m_db;
    model::settings::SourceSettings m_source;
    model::settings::QualitySettings m_quality;
    model::settings::DriftSettings m_drift;
    std::unique_ptr<model::pipeline::ReferenceWindow> m_window;
};

} // namespace streamml::controller::gui
