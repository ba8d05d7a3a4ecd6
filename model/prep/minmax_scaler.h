#pragma once

#include "model/prep/scaler.h"

namespace streamml::model::prep {

/// Maps the training range onto [0, 1] ("minmax"), as scikit-learn's MinMaxScaler.
class MinmaxScaler : public Scaler
{
public:
    QString name() const override { return QStringLiteral("minmax"); }

protected:
    Affine estimate(std::vector<double> present) const override;
};

} // namespace streamml::model::prep
