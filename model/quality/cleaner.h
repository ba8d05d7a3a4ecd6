#pragma once

#include "model/data/column_roles.h"
#include "model/quality/quality_report.h"
#include "model/settings/quality_settings.h"

namespace streamml::model::quality {

/// Applies the cleaning [quality] asks for to a batch that is not quarantined: drops duplicated rows,
/// clips values to their valid range, blanks feature columns that are almost all missing. The raw rows
/// in the store stay as they arrived; cleaning is re-applied from them whenever the batch is used.
class Cleaner
{
public:
    explicit Cleaner(settings::QualitySettings settings);

    /// The cleaned batch; records what was done in report.actions and marks the report cleaned.
    data::Table clean(const data::Table &batch, const data::ColumnRoles &roles, QualityReport &report) const;

private:
    data::Column clipped(const data::Column &column, qint64 &count) const;

    settings::QualitySettings m_settings;
};

} // namespace streamml::model::quality
