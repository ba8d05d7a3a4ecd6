#pragma once

#include "model/data/table.h"

#include <QDataStream>
#include <QHash>
#include <QSet>

namespace streamml::model::registry {

/// What a model saw of each raw input in training: numeric ranges and known categories, so serving
/// can tell rows the model knows from rows far outside its experience.
class InputProfile
{
public:
    struct Range
    {
        double low = std::numeric_limits<double>::infinity();
        double high = -std::numeric_limits<double>::infinity();
    };

    /// Widens the ranges and category sets with the rows' values of the given columns.
    void add(const data::Table &rows, const QStringList &columns);

    /// Share of a row's categorical inputs whose category was never seen (NaN when it has none).
    double unseenShare(const data::Table &rows, qsizetype row) const;
    /// The first numeric input beyond its range by more than `margin` range widths, or empty.
    QString outOfRange(const data::Table &rows, qsizetype row, double margin) const;

    const QHash<QString, Range> &ranges() const { return m_ranges; }
    const QHash<QString, QSet<QString>> &categories() const { return m_categories; }

    void save(QDataStream &out) const;
    void load(QDataStream &in);

private:
    QHash<QString, Range> m_ranges;
    QHash<QString, QSet<QString>> m_categories;
};

} // namespace streamml::model::registry
