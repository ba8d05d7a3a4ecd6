#include "model/drift/category_counts.h"

#include "model/core/error.h"

#include <QHash>
#include <numeric>

namespace streamml::model::drift {

CategoryCounts::CategoryCounts(QStringList categories, std::vector<qint64> reference, std::vector<qint64> current)
    : m_categories(std::move(categories))
    , m_reference(std::move(reference))
    , m_current(std::move(current))
{
    validate();
    dropAbsentCategories();
    m_referenceTotal = std::accumulate(m_reference.begin(), m_reference.end(), qint64(0));
    m_currentTotal = std::accumulate(m_current.begin(), m_current.end(), qint64(0));
    if (m_referenceTotal == 0 || m_currentTotal == 0)
        throw core::Error::input(QStringLiteral("category counts: the %1 side has no values")
                                     .arg(m_referenceTotal == 0 ? QStringLiteral("reference") : QStringLiteral("current")));
}

void CategoryCounts::validate() const
{
    if (qsizetype(m_reference.size()) != m_categories.size() || qsizetype(m_current.size()) != m_categories.size())
        throw core::Error::input(QStringLiteral("category counts: %1 categories but %2 reference and %3 current counts")
                                     .arg(m_categories.size())
                                     .arg(m_reference.size())
                                     .arg(m_current.size()));
    for (qsizetype i = 0; i < m_categories.size(); ++i) {
        const qint64 bad = m_reference[size_t(i)] < 0 ? m_reference[size_t(i)] : m_current[size_t(i)];
        if (bad < 0)
            throw core::Error::input(QStringLiteral("category counts: negative count %1 for category \"%2\"")
                                         .arg(bad)
                                         .arg(m_categories.at(i)));
    }
}

void CategoryCounts::dropAbsentCategories()
{
    QStringList categories;
    std::vector<qint64> reference;
    std::vector<qint64> current;
    for (qsizetype i = 0; i < m_categories.size(); ++i) {
        if (m_reference[size_t(i)] + m_current[size_t(i)] == 0)
            continue;
        categories.append(m_categories.at(i));
        reference.push_back(m_reference[size_t(i)]);
        current.push_back(m_current[size_t(i)]);
    }
    m_categories = std::move(categories);
    m_reference = std::move(reference);
    m_current = std::move(current);
}

CategoryCounts CategoryCounts::fromColumns(const data::Column &reference, const data::Column &current)
{
    for (const data::Column *column : {&reference, &current})
        if (!column->isCategorical())
            throw core::Error::input(QStringLiteral("category counts: column \"%1\" is %2, not categorical")
                                         .arg(column->name(), data::Column::kindName(column->kind())));
    // The two sides have their own dictionaries; align them on the category text.
    QStringList categories = reference.dictionary();
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < categories.size(); ++i)
        index.insert(categories.at(i), i);
    for (const QString &category : current.dictionary())
        if (!index.contains(category)) {
            index.insert(category, categories.size());
            categories.append(category);
        }
    std::vector<qint64> referenceCounts(size_t(categories.size()), 0);
    std::vector<qint64> currentCounts(size_t(categories.size()), 0);
    for (std::int32_t code : reference.codes())
        if (code >= 0)
            ++referenceCounts[size_t(code)];
    for (std::int32_t code : current.codes())
        if (code >= 0)
            ++currentCounts[size_t(index.value(current.dictionary().at(code)))];
    return CategoryCounts(std::move(categories), std::move(referenceCounts), std::move(currentCounts));
}

} // namespace streamml::model::drift
