#include "model/data/profiler.h"

#include <algorithm>

namespace streamml::model::data {

Profiler::Profiler(int topCategories)
    : m_topCategories(topCategories)
{
}

std::vector<ColumnProfile> Profiler::profile(const Table &table) const
{
    std::vector<ColumnProfile> result;
    result.reserve(size_t(table.columnCount()));
    for (const Column &column : table.columns())
        result.push_back(profile(column));
    return result;
}

ColumnProfile Profiler::profile(const Column &column) const
{
    ColumnProfile p;
    p.column = column.name();
    p.kind = column.kind();
    p.rows = column.size();
    p.missing = column.missingCount();
    p.missingShare = p.rows > 0 ? double(p.missing) / double(p.rows) : 0.0;
    if (column.isCategorical())
        categoryFigures(column, p);
    else
        numericFigures(column, p);
    return p;
}

double Profiler::quantile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return std::nan("");
    const double position = q * double(sorted.size() - 1);
    const size_t lower = size_t(position);
    const size_t upper = std::min(lower + 1, sorted.size() - 1);
    const double fraction = position - double(lower);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction;
}

void Profiler::numericFigures(const Column &column, ColumnProfile &p) const
{
    std::vector<double> values;
    values.reserve(column.numbers().size());
    for (double v : column.numbers())
        if (!std::isnan(v))
            values.push_back(v);
    if (values.empty())
        return;
    std::sort(values.begin(), values.end());
    double mean = 0;
    for (size_t i = 0; i < values.size(); ++i)
        mean += (values[i] - mean) / double(i + 1);
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    p.mean = mean;
    p.std = values.size() > 1 ? std::sqrt(squares / double(values.size() - 1)) : std::nan("");
    p.min = values.front();
    p.max = values.back();
    p.q1 = quantile(values, 0.25);
    p.median = quantile(values, 0.5);
    p.q3 = quantile(values, 0.75);
    p.distinct = qint64(std::unique(values.begin(), values.end()) - values.begin());
}

void Profiler::categoryFigures(const Column &column, ColumnProfile &p) const
{
    std::vector<qint64> counts(size_t(column.dictionary().size()), 0);
    for (std::int32_t code : column.codes())
        if (code >= 0)
            ++counts[size_t(code)];
    std::vector<std::int32_t> order;
    for (size_t i = 0; i < counts.size(); ++i)
        if (counts[i] > 0)
            order.push_back(std::int32_t(i));
    p.distinct = qint64(order.size());
    std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
        if (counts[size_t(a)] != counts[size_t(b)])
            return counts[size_t(a)] > counts[size_t(b)];
        return column.dictionary().at(a) < column.dictionary().at(b);
    });
    for (size_t i = 0; i < order.size() && int(i) < m_topCategories; ++i)
        p.topCategories.append({column.dictionary().at(order[i]), counts[size_t(order[i])]});
}

} // namespace streamml::model::data
