#include "model/prep/onehot_encoder.h"

#include <algorithm>
#include <numeric>

namespace streamml::model::prep {

std::vector<bool> OnehotEncoder::rareLevels(const std::vector<qint64> &counts, qint64 rows) const
{
    std::vector<bool> rare(counts.size());
    for (size_t i = 0; i < counts.size(); ++i)
        rare[i] = double(counts[i]) < m_minFrequency * double(rows);
    const auto frequent = qsizetype(std::count(rare.begin(), rare.end(), false));
    if (frequent <= m_maxLevels)
        return rare;
    // Keep the max_levels most frequent; among equal counts the later levels in sorted order stay,
    // as scikit-learn's stable ascending sort does.
    std::vector<size_t> order(counts.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return counts[a] < counts[b]; });
    for (size_t i = 0; i + size_t(m_maxLevels) < order.size(); ++i)
        rare[order[i]] = true;
    return rare;
}

CategoryEncoder::Encoding OnehotEncoder::encode(const QStringList &levels, const std::vector<qint64> &counts,
                                                qint64 rows) const
{
    const std::vector<bool> rare = rareLevels(counts, rows);
    const auto kept = Eigen::Index(std::count(rare.begin(), rare.end(), false));
    const bool pooled = kept < levels.size();
    const Eigen::Index rareColumn = kept;
    const Eigen::Index otherColumn = kept + (pooled ? 1 : 0);

    Encoding e;
    e.levels = Eigen::MatrixXd::Zero(levels.size(), otherColumn + 1);
    e.unseen = Eigen::RowVectorXd::Zero(otherColumn + 1);
    e.unseen[otherColumn] = 1;
    Eigen::Index column = 0;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        if (rare[size_t(i)]) {
            e.levels(i, rareColumn) = 1;
            continue;
        }
        e.levels(i, column++) = 1;
        e.suffixes.append(QLatin1Char('=') + levels.at(i));
    }
    if (pooled)
        e.suffixes.append(QStringLiteral("=rare"));
    e.suffixes.append(QStringLiteral("=other"));
    return e;
}

} // namespace streamml::model::prep
