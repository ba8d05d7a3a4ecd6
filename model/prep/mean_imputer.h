#pragma once

#include "model/prep/numeric_imputer.h"

namespace streamml::model::prep {

/// Fills missing numbers with the mean of the training values ("mean").
class MeanImputer : public NumericImputer
{
public:
    QString name() const override { return QStringLiteral("mean"); }

protected:
    double statistic(std::vector<double> present) const override;
};

} // namespace streamml::model::prep
