#pragma once

#include "model/prep/registry.h"

#include <QDataStream>
#include <QString>
#include <vector>

namespace streamml::model::prep {

/// Fills the missing values (NaN) of one numeric column with one value learnt from its training values.
class NumericImputer
{
public:
    virtual ~NumericImputer() = default;

    /// Registered name, as a variant spells it ("mean", "median", ...).
    virtual QString name() const = 0;

    /// Learns the fill value. A column without any value is filled with 0, as scikit-learn's
    /// SimpleImputer(keep_empty_features=True) does, so the output keeps one column per feature.
    void fit(const std::vector<double> &values);
    double fillValue() const { return m_fill; }

    void save(QDataStream &out) const;
    void load(QDataStream &in);

    /// mean, median, most_frequent, constant.
    static const Registry<NumericImputer> &registry();

protected:
    /// The fill value computed from the present values; NaN when there is none.
    virtual double statistic(std::vector<double> present) const = 0;

private:
    double m_fill = 0;
};

} // namespace streamml::model::prep
