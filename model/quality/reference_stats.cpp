#include "model/quality/reference_stats.h"

#include "model/data/profiler.h"

namespace streamml::model::quality {

ReferenceStats::ReferenceStats(const data::Table &reference)
    : m_rows(reference.rowCount())
{
    const data::Profiler profiler(0);
    for (const data::Column &column : reference.columns()) {
        ColumnStats stats;
        if (column.isCategorical()) {
            for (std::int32_t code : column.codes())
                if (code >= 0)
                    stats.categories.insert(column.dictionary().at(code));
        } else {
            const data::ColumnProfile p = profiler.profile(column);
            stats.q1 = p.q1;
            stats.q3 = p.q3;
            stats.mean = p.mean;
            stats.std = p.std;
        }
        m_columns.insert(column.name(), std::move(stats));
    }
}

const ReferenceStats::ColumnStats *ReferenceStats::column(const QString &name) const
{
    const auto it = m_columns.constFind(name);
    return it == m_columns.constEnd() ? nullptr : &*it;
}

} // namespace streamml::model::quality
