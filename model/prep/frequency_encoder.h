#pragma once

#include "model/prep/category_encoder.h"

namespace streamml::model::prep {

/// One output holding the share of training rows with the level ("frequency"); unseen labels get 0.
class FrequencyEncoder : public CategoryEncoder
{
public:
    QString name() const override { return QStringLiteral("frequency"); }

protected:
    Encoding encode(const QStringList &levels, const std::vector<qint64> &counts, qint64 rows) const override;
};

} // namespace streamml::model::prep
