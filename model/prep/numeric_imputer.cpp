#include "model/prep/numeric_imputer.h"

#include "model/prep/constant_imputer.h"
#include "model/prep/mean_imputer.h"
#include "model/prep/median_imputer.h"
#include "model/prep/most_frequent_imputer.h"
#include "model/prep/prep_variant.h"
#include "model/prep/stream_format.h"

#include <cmath>

namespace streamml::model::prep {

void NumericImputer::fit(const std::vector<double> &values)
{
    std::vector<double> present;
    present.reserve(values.size());
    for (double v : values)
        if (!std::isnan(v))
            present.push_back(v);
    m_fill = statistic(std::move(present));
    if (std::isnan(m_fill))
        m_fill = 0;
}

void NumericImputer::save(QDataStream &out) const
{
    out << m_fill;
}

void NumericImputer::load(QDataStream &in)
{
    in >> m_fill;
    checkStream(in, QStringLiteral("%1 imputer").arg(name()));
}

const Registry<NumericImputer> &NumericImputer::registry()
{
    static const Registry<NumericImputer> registry(
        QStringLiteral("numeric imputer"),
        {{QStringLiteral("mean"), [](const PrepVariant &) { return std::make_unique<MeanImputer>(); }},
         {QStringLiteral("median"), [](const PrepVariant &) { return std::make_unique<MedianImputer>(); }},
         {QStringLiteral("most_frequent"), [](const PrepVariant &) { return std::make_unique<MostFrequentImputer>(); }},
         {QStringLiteral("constant"),
          [](const PrepVariant &v) { return std::make_unique<ConstantImputer>(v.fillValue); }}});
    return registry;
}

} // namespace streamml::model::prep
