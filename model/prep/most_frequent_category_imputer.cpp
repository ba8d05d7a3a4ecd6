#include "model/prep/most_frequent_category_imputer.h"

namespace streamml::model::prep {

QString MostFrequentCategoryImputer::choose(const QStringList &levels, const std::vector<qint64> &counts) const
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const bool more = best < 0 || counts[size_t(i)] > counts[size_t(best)];
        const bool tieBefore = best >= 0 && counts[size_t(i)] == counts[size_t(best)] && levels.at(i) < levels.at(best);
        if (more || tieBefore)
            best = i;
    }
    return best < 0 ? m_emptyLabel : levels.at(best);
}

} // namespace streamml::model::prep
