#include "model/evaluation/time_hold_out.h"

#include "model/core/error.h"

#include <cmath>
#include <numeric>

namespace streamml::model::evaluation {

using core::Error;

TimeHoldOut::TimeHoldOut(double testFraction)
    : m_testFraction(testFraction)
{
    if (!(testFraction > 0.0 && testFraction < 1.0))
        throw Error::settings(QStringLiteral("the hold-out test fraction must lie strictly between 0 and 1, got %1")
                                  .arg(testFraction));
}

std::vector<Fold> TimeHoldOut::split(const Eigen::VectorXd &targets) const
{
    return {splitRows(targets.size())};
}

Fold TimeHoldOut::splitRows(Eigen::Index rows) const
{
    const auto testRows = Eigen::Index(std::ceil(m_testFraction * double(rows)));
    const Eigen::Index trainRows = rows - testRows;
    if (trainRows < 1 || testRows < 1)
        throw Error::input(QStringLiteral("with %1 rows and test fraction %2 the %3 set would be empty")
                               .arg(rows).arg(m_testFraction)
                               .arg(trainRows < 1 ? QStringLiteral("training") : QStringLiteral("test")));
    Fold fold{std::vector<Eigen::Index>(size_t(trainRows)), std::vector<Eigen::Index>(size_t(testRows))};
    std::iota(fold.train.begin(), fold.train.end(), Eigen::Index(0));
    std::iota(fold.test.begin(), fold.test.end(), trainRows);
    return fold;
}

} // namespace streamml::model::evaluation
