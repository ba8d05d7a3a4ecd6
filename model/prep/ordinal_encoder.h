#pragma once

#include "model/prep/category_encoder.h"

namespace streamml::model::prep {

/// One output holding the level's rank in sorted order ("ordinal"); labels unseen in training get the
/// reserved code that follows the last level, as scikit-learn's OrdinalEncoder(unknown_value=levels).
class OrdinalEncoder : public CategoryEncoder
{
public:
    QString name() const override { return QStringLiteral("ordinal"); }

protected:
    Encoding encode(const QStringList &levels, const std::vector<qint64> &counts, qint64 rows) const override;
};

} // namespace streamml::model::prep
