#pragma once

#include <QString>
#include <vector>

namespace streamml::model::drift {

/// The non-missing values of one side of a numeric drift test, sorted ascending.
class NumericSample
{
public:
    /// Drops NaN (missing) values; throws core::Error::input when none is left or a value is infinite.
    /// `what` names the sample in messages, e.g. "ks reference sample".
    NumericSample(const std::vector<double> &values, const QString &what);

    const std::vector<double> &sorted() const { return m_sorted; }
    qsizetype size() const { return qsizetype(m_sorted.size()); }
    /// Standard deviation with divisor n (numpy's np.std default).
    double populationStd() const;
    /// Quantile with linear interpolation, bit for bit as numpy 1.24's np.quantile.
    double quantile(double q) const;

private:
    std::vector<double> m_sorted;
};

} // namespace streamml::model::drift
