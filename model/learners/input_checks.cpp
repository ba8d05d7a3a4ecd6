#include "model/learners/input_checks.h"

#include "model/core/error.h"

#include <cmath>

namespace streamml::model::learners {

using core::Error;

void checkTrainingData(const QString &family, const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    if (x.rows() == 0)
        throw Error::model(QStringLiteral("%1: no rows to train on").arg(family));
    if (x.rows() != y.size())
        throw Error::model(QStringLiteral("%1: %2 rows of features but %3 targets").arg(family).arg(x.rows()).arg(y.size()));
    if (!x.allFinite())
        throw Error::model(QStringLiteral("%1 cannot take missing or infinite feature values; prepare the data with a "
                                          "variant that imputes (such as linear)").arg(family));
    if (!y.allFinite())
        throw Error::model(QStringLiteral("%1: a target is missing or infinite; train on the rows with a target only")
                               .arg(family));
}

void checkFeatureCount(const QString &family, const Eigen::MatrixXd &x, Eigen::Index features)
{
    if (x.cols() != features)
        throw Error::model(QStringLiteral("%1: the model was trained on %2 features, the data has %3")
                               .arg(family)
                               .arg(features)
                               .arg(x.cols()));
}

void checkClassIndices(const QString &family, const Eigen::VectorXd &y, int classCount)
{
    for (double v : y)
        if (v < 0 || v >= classCount || v != std::floor(v))
            throw Error::model(QStringLiteral("%1: target %2 is not a class index in 0..%3").arg(family).arg(v).arg(classCount - 1));
}

int classCountOf(const QString &family, const Eigen::VectorXd &y, int configured)
{
    constexpr double kMaxClasses = 100000;
    const double top = y.maxCoeff();
    if (configured <= 0 && !(top < kMaxClasses))
        throw Error::model(QStringLiteral("%1: target %2 is not a class index").arg(family).arg(top));
    const int count = configured > 0 ? configured : int(top) + 1;
    if (count < 2)
        throw Error::model(QStringLiteral("%1: classification needs at least two classes, the targets hold one")
                               .arg(family));
    checkClassIndices(family, y, count);
    return count;
}

} // namespace streamml::model::learners
