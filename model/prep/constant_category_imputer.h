#pragma once

#include "model/prep/category_imputer.h"

namespace streamml::model::prep {

/// Fills missing categories with a fixed label given by the variant ("constant", fill_label), so
/// missingness becomes a level of its own.
class ConstantCategoryImputer : public CategoryImputer
{
public:
    explicit ConstantCategoryImputer(QString label)
        : m_label(std::move(label))
    {
    }

    QString name() const override { return QStringLiteral("constant"); }

protected:
    QString choose(const QStringList &, const std::vector<qint64> &) const override { return m_label; }

private:
    QString m_label;
};

} // namespace streamml::model::prep
