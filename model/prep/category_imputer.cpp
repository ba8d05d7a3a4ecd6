#include "model/prep/category_imputer.h"

#include "model/prep/constant_category_imputer.h"
#include "model/prep/most_frequent_category_imputer.h"
#include "model/prep/prep_variant.h"
#include "model/prep/stream_format.h"

namespace streamml::model::prep {

void CategoryImputer::fit(const QStringList &levels, const std::vector<qint64> &counts)
{
    m_fill = choose(levels, counts);
}

void CategoryImputer::save(QDataStream &out) const
{
    out << m_fill;
}

void CategoryImputer::load(QDataStream &in)
{
    in >> m_fill;
    checkStream(in, QStringLiteral("%1 category imputer").arg(name()));
}

const Registry<CategoryImputer> &CategoryImputer::registry()
{
    static const Registry<CategoryImputer> registry(
        QStringLiteral("categorical imputer"),
        {{QStringLiteral("most_frequent"),
          [](const PrepVariant &v) { return std::make_unique<MostFrequentCategoryImputer>(v.fillLabel); }},
         {QStringLiteral("constant"),
          [](const PrepVariant &v) { return std::make_unique<ConstantCategoryImputer>(v.fillLabel); }}});
    return registry;
}

} // namespace streamml::model::prep
