#pragma once

#include "model/prep/category_encoder.h"

namespace streamml::model::prep {

/// One output per kept level ("onehot"). Levels rarer than min_frequency, and beyond the max_levels most
/// frequent, share one "rare" output; labels unseen in training go to an "other" output. Kept levels
/// follow scikit-learn's OneHotEncoder(min_frequency, max_categories = max_levels + 1).
class OnehotEncoder : public CategoryEncoder
{
public:
    OnehotEncoder(int maxLevels, double minFrequency)
        : m_maxLevels(maxLevels)
        , m_minFrequency(minFrequency)
    {
    }

    QString name() const override { return QStringLiteral("onehot"); }

protected:
    Encoding encode(const QStringList &levels, const std::vector<qint64> &counts, qint64 rows) const override;

private:
    std::vector<bool> rareLevels(const std::vector<qint64> &counts, qint64 rows) const;

    int m_maxLevels;
    double m_minFrequency;
};

} // namespace streamml::model::prep
