#include "model/prep/ordinal_encoder.h"

namespace streamml::model::prep {

CategoryEncoder::Encoding OrdinalEncoder::encode(const QStringList &levels, const std::vector<qint64> &, qint64) const
{
    Encoding e;
    e.levels = Eigen::VectorXd::LinSpaced(levels.size(), 0, double(levels.size() - 1));
    e.unseen = Eigen::RowVectorXd::Constant(1, double(levels.size()));
    e.suffixes = QStringList{QString()};
    return e;
}

} // namespace streamml::model::prep
