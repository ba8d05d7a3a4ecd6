#pragma once

#include "model/data/column.h"

#include <QStringList>
#include <vector>

namespace streamml::model::drift {

/// Counts per category of one feature on the reference and the current side, aligned by category.
/// Categories absent on both sides are dropped; both sides must hold at least one value.
class CategoryCounts
{
public:
    /// Throws core::Error::input on mismatched sizes, negative counts or an empty side.
    CategoryCounts(QStringList categories, std::vector<qint64> reference, std::vector<qint64> current);
    /// Aligns two categorical columns by category text; missing values are not counted.
    static CategoryCounts fromColumns(const data::Column &reference, const data::Column &current);

    const QStringList &categories() const { return m_categories; }
    const std::vector<qint64> &reference() const { return m_reference; }
    const std::vector<qint64> &current() const { return m_current; }
    qint64 referenceTotal() const { return m_referenceTotal; }
    qint64 currentTotal() const { return m_currentTotal; }
    qsizetype size() const { return m_categories.size(); }

private:
    void validate() const;
    void dropAbsentCategories();

    QStringList m_categories;
    std::vector<qint64> m_reference;
    std::vector<qint64> m_current;
    qint64 m_referenceTotal = 0;
    qint64 m_currentTotal = 0;
};

} // namespace streamml::model::drift
