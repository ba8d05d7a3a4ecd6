#pragma once

#include <QStringList>
#include <cstdint>
#include <vector>

namespace streamml::view {

/// Which cells of a batch are missing, on an even sample of its rows.
struct MissingMap
{
    QStringList columns;
    std::vector<qsizetype> rows;       ///< row numbers of the sample, ascending
    std::vector<std::uint8_t> missing; ///< rows x columns, row-major: 1 where the cell is missing
    qsizetype totalRows = 0;

    bool isMissing(size_t row, qsizetype column) const { return missing[row * size_t(columns.size()) + size_t(column)] != 0; }
};

} // namespace streamml::view
