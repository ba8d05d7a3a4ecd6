#include "model/quality/cleaner.h"

#include "model/quality/duplicate_rows.h"

namespace streamml::model::quality {

Cleaner::Cleaner(settings::QualitySettings settings)
    : m_settings(std::move(settings))
{
}

data::Column Cleaner::clipped(const data::Column &column, qint64 &count) const
{
    const settings::QualitySettings::Range range = m_settings.validRanges.value(column.name());
    std::vector<double> values = column.numbers();
    count = 0;
    for (double &v : values) {
        if (std::isnan(v) || range.contains(v))
            continue;
        v = v < range.low ? range.low : range.high;
        ++count;
    }
    return data::Column::numeric(column.name(), std::move(values));
}

data::Table Cleaner::clean(const data::Table &batch, const data::ColumnRoles &roles, QualityReport &report) const
{
    CleaningActions &actions = report.actions;
    actions.rowsIn = batch.rowCount();
    data::Table table = batch;
    if (m_settings.dropDuplicates) {
        const std::vector<bool> &duplicates = report.duplicateRows.size() == size_t(batch.rowCount()) ? report.duplicateRows
                                                                                                   : DuplicateRows::flags(batch);
        std::vector<qsizetype> keep;
        for (qsizetype r = 0; r < batch.rowCount(); ++r)
            if (!duplicates[size_t(r)])
                keep.push_back(r);
        actions.duplicateRowsDropped = batch.rowCount() - qsizetype(keep.size());
        if (actions.duplicateRowsDropped > 0)
            table = batch.take(keep);
    }
    for (qsizetype c = 0; c < table.columnCount(); ++c) {
        const data::Column &column = table.column(c);
        if (m_settings.clipOutOfRange && column.isNumeric() && m_settings.validRanges.contains(column.name())) {
            qint64 count = 0;
            data::Column fixed = clipped(column, count);
            if (count > 0) {
                actions.valuesClipped.insert(column.name(), count);
                table.replaceColumn(c, std::move(fixed));
            }
        }
        const bool feature = roles.features().contains(column.name());
        if (feature && table.rowCount() > 0 && double(column.missingCount()) >= m_settings.dropColumnMissingShare * double(table.rowCount())
            && column.missingCount() < table.rowCount()) {
            actions.columnsDropped.append(column.name());
            table.replaceColumn(c, data::Column::missing(column.name(), column.kind(), table.rowCount()));
        }
    }
    actions.rowsOut = table.rowCount();
    if (actions.changedAnything() && !report.isQuarantined())
        report.status = QStringLiteral("cleaned");
    return table;
}

} // namespace streamml::model::quality
