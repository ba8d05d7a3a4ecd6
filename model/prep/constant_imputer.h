#pragma once

#include "model/prep/numeric_imputer.h"

namespace streamml::model::prep {

/// Fills missing numbers with a fixed value given by the variant ("constant", fill_value).
class ConstantImputer : public NumericImputer
{
public:
    explicit ConstantImputer(double value)
        : m_value(value)
    {
    }

    QString name() const override { return QStringLiteral("constant"); }

protected:
    double statistic(std::vector<double>) const override { return m_value; }

private:
    double m_value;
};

} // namespace streamml::model::prep
