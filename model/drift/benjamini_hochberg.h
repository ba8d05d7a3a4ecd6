#pragma once

#include <vector>

namespace streamml::model::drift {

/// Benjamini–Hochberg adjustment of p-values for the false discovery rate across features.
class BenjaminiHochberg
{
public:
    /// p_adj(i) = min over j >= i of p(j) m / j, capped at 1, where p(1) <= ... <= p(m) and m counts
    /// the p-values present; returned in the input order. NaN entries (distances) stay NaN and do not
    /// count in m. Throws core::Error::input for a p-value outside [0, 1].
    static std::vector<double> adjust(const std::vector<double> &pValues);
};

} // namespace streamml::model::drift
