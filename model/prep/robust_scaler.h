#pragma once

#include "model/prep/scaler.h"

namespace streamml::model::prep {

/// Centers on the median and divides by the interquartile range ("robust"), as scikit-learn's
/// RobustScaler with its default quantile range (25, 75).
class RobustScaler : public Scaler
{
public:
    QString name() const override { return QStringLiteral("robust"); }

    /// numpy's linear-interpolation percentile of sorted values, q in [0, 1].
    static double quantile(const std::vector<double> &sorted, double q);

protected:
    Affine estimate(std::vector<double> present) const override;
};

} // namespace streamml::model::prep
