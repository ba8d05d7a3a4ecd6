#pragma once

#include "model/prep/numeric_imputer.h"

namespace streamml::model::prep {

/// Fills missing numbers with the most frequent training value, the smallest one on ties ("most_frequent").
class MostFrequentImputer : public NumericImputer
{
public:
    QString name() const override { return QStringLiteral("most_frequent"); }

protected:
    double statistic(std::vector<double> present) const override;
};

} // namespace streamml::model::prep
