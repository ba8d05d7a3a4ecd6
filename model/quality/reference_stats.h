#pragma once

#include "model/data/table.h"

#include <QHash>
#include <QSet>

namespace streamml::model::quality {

/// What the reference window knew about each column: its categories, quartiles, mean and spread,
/// so a new batch's unseen categories and outliers are judged against it.
class ReferenceStats
{
public:
    struct ColumnStats
    {
        QSet<QString> categories;
        double q1 = std::nan("");
        double q3 = std::nan("");
        double mean = std::nan("");
        double std = std::nan("");
    };

    ReferenceStats() = default;
    explicit ReferenceStats(const data::Table &reference);

    bool isEmpty() const { return m_rows == 0; }
    qint64 rows() const { return m_rows; }
    /// Statistics of a column, or null when the reference has no such column.
    const ColumnStats *column(const QString &name) const;

private:
    qint64 m_rows = 0;
    QHash<QString, ColumnStats> m_columns;
};

} // namespace streamml::model::quality
