#include "model/prep/frequency_encoder.h"

namespace streamml::model::prep {

CategoryEncoder::Encoding FrequencyEncoder::encode(const QStringList &levels, const std::vector<qint64> &counts,
                                                   qint64 rows) const
{
    Encoding e;
    e.levels.resize(levels.size(), 1);
    for (qsizetype i = 0; i < levels.size(); ++i)
        e.levels(i, 0) = rows > 0 ? double(counts[size_t(i)]) / double(rows) : 0.0;
    e.unseen = Eigen::RowVectorXd::Zero(1);
    e.suffixes = QStringList{QString()};
    return e;
}

} // namespace streamml::model::prep
