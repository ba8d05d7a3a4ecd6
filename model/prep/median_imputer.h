#pragma once

#include "model/prep/numeric_imputer.h"

namespace streamml::model::prep {

/// Fills missing numbers with the median of the training values ("median"); robust to outliers.
class MedianImputer : public NumericImputer
{
public:
    QString name() const override { return QStringLiteral("median"); }

    /// The median as numpy computes it: the mean of the two middle values for an even count.
    static double median(std::vector<double> values);

protected:
    double statistic(std::vector<double> present) const override { return median(std::move(present)); }
};

} // namespace streamml::model::prep
