#include "model/evaluation/base_k_fold.h"

#include "model/core/error.h"

namespace streamml::model::evaluation {

using core::Error;

BaseKFold::BaseKFold(int splits, bool shuffle, std::optional<quint32> randomState)
    : m_splits(splits)
    , m_shuffle(shuffle)
    , m_randomState(randomState)
{
    if (splits < 2)
        throw Error::settings(QStringLiteral("k-fold cross-validation needs n_splits=2 or more, got n_splits=%1")
                                  .arg(splits));
    if (!shuffle && randomState)
        throw Error::settings(QStringLiteral("random_state=%1 has no effect since shuffle is off; "
                                             "leave it unset or turn shuffle on")
                                  .arg(*randomState));
    if (shuffle && !randomState)
        throw Error::settings(QStringLiteral("shuffled k-fold needs a random_state seed so runs are reproducible"));
}

void BaseKFold::checkRows(Eigen::Index rows) const
{
    if (m_splits > rows)
        throw Error::input(QStringLiteral("cannot have n_splits=%1 greater than the number of rows: %2")
                               .arg(m_splits).arg(rows));
}

} // namespace streamml::model::evaluation
