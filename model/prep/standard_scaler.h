#pragma once

#include "model/prep/scaler.h"

namespace streamml::model::prep {

/// Centers on the mean and divides by the population standard deviation ("standard"), as
/// scikit-learn's StandardScaler, constant columns keeping a scale of 1.
class StandardScaler : public Scaler
{
public:
    QString name() const override { return QStringLiteral("standard"); }

protected:
    Affine estimate(std::vector<double> present) const override;
};

} // namespace streamml::model::prep
