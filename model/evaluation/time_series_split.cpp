#include "model/evaluation/time_series_split.h"

#include "model/core/error.h"

#include <numeric>

namespace streamml::model::evaluation {

using core::Error;

namespace {

std::vector<Eigen::Index> range(Eigen::Index from, Eigen::Index to)
{
    std::vector<Eigen::Index> rows(static_cast<size_t>(to - from));
    std::iota(rows.begin(), rows.end(), from);
    return rows;
}

} // namespace

TimeSeriesSplit::TimeSeriesSplit(int splits, std::optional<Eigen::Index> maxTrainSize,
                                 std::optional<Eigen::Index> testSize, Eigen::Index gap)
    : m_splits(splits)
    , m_maxTrainSize(maxTrainSize)
    , m_testSize(testSize)
    , m_gap(gap)
{
    if (splits < 2)
        throw Error::settings(QStringLiteral("time-series cross-validation needs n_splits=2 or more, got n_splits=%1")
                                  .arg(splits));
    if (gap < 0)
        throw Error::settings(QStringLiteral("gap must be 0 or more, got gap=%1").arg(gap));
    if (testSize && *testSize < 1)
        throw Error::settings(QStringLiteral("test_size must be 1 or more, got test_size=%1").arg(*testSize));
    if (maxTrainSize && *maxTrainSize < 1)
        throw Error::settings(QStringLiteral("max_train_size must be 1 or more, got max_train_size=%1")
                                  .arg(*maxTrainSize));
}

std::vector<Fold> TimeSeriesSplit::split(const Eigen::VectorXd &targets) const
{
    return splitRows(targets.size());
}

std::vector<Fold> TimeSeriesSplit::splitRows(Eigen::Index rows) const
{
    const Eigen::Index folds = m_splits + 1;
    const Eigen::Index testSize = m_testSize.value_or(rows / folds);
    if (folds > rows)
        throw Error::input(QStringLiteral("cannot have n_splits + 1 = %1 folds with only %2 rows").arg(folds).arg(rows));
    if (rows - m_gap - testSize * m_splits <= 0)
        throw Error::input(QStringLiteral("too many splits (n_splits=%1) for %2 rows with test_size=%3 and gap=%4")
                               .arg(m_splits).arg(rows).arg(testSize).arg(m_gap));

    std::vector<Fold> result;
    for (Eigen::Index testStart = rows - m_splits * testSize; testStart < rows; testStart += testSize) {
        const Eigen::Index trainEnd = testStart - m_gap;
        const Eigen::Index trainStart = m_maxTrainSize && *m_maxTrainSize < trainEnd ? trainEnd - *m_maxTrainSize : 0;
        result.push_back({range(trainStart, trainEnd), range(testStart, testStart + testSize)});
    }
    return result;
}

} // namespace streamml::model::evaluation
