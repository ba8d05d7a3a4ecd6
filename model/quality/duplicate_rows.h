#pragma once

#include "model/data/table.h"

#include <vector>

namespace streamml::model::quality {

/// Finds rows equal in every column to an earlier row of the same table.
class DuplicateRows
{
public:
    /// Per row: true when an earlier row has exactly the same values (missing equals missing).
    static std::vector<bool> flags(const data::Table &table);

private:
    static bool sameRow(const data::Table &table, qsizetype a, qsizetype b);
};

} // namespace streamml::model::quality
