#pragma once

#include "model/prep/category_imputer.h"

namespace streamml::model::prep {

/// Fills missing categories with the most frequent training level, the first in sorted order on ties.
class MostFrequentCategoryImputer : public CategoryImputer
{
public:
    /// `emptyLabel` fills a column that had no level at all in training.
    explicit MostFrequentCategoryImputer(QString emptyLabel)
        : m_emptyLabel(std::move(emptyLabel))
    {
    }

    QString name() const override { return QStringLiteral("most_frequent"); }

protected:
    QString choose(const QStringList &levels, const std::vector<qint64> &counts) const override;

private:
    QString m_emptyLabel;
};

} // namespace streamml::model::prep
