#pragma once

#include "model/data/column_profile.h"
#include "model/data/table.h"

#include <vector>

namespace streamml::model::data {

/// Computes the meta-parameters of every column of a batch in one pass per column.
class Profiler
{
public:
    explicit Profiler(int topCategories = 10);

    std::vector<ColumnProfile> profile(const Table &table) const;
    ColumnProfile profile(const Column &column) const;

    /// Quantile with linear interpolation between order statistics (numpy's default) of sorted values.
    static double quantile(const std::vector<double> &sorted, double q);

private:
    void numericFigures(const Column &column, ColumnProfile &profile) const;
    void categoryFigures(const Column &column, ColumnProfile &profile) const;

    int m_topCategories;
};

} // namespace streamml::model::data
