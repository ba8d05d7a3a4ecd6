#include "model/evaluation/k_fold.h"

#include "model/evaluation/random_state.h"

#include <numeric>

namespace streamml::model::evaluation {

KFold::KFold(int splits, bool shuffle, std::optional<quint32> randomState)
    : BaseKFold(splits, shuffle, randomState)
{
}

std::vector<Fold> KFold::split(const Eigen::VectorXd &targets) const
{
    return splitRows(targets.size());
}

std::vector<Fold> KFold::splitRows(Eigen::Index rows) const
{
    checkRows(rows);
    std::vector<Eigen::Index> order(static_cast<size_t>(rows));
    std::iota(order.begin(), order.end(), Eigen::Index(0));
    if (shuffles())
        RandomState(*randomState()).shuffle(order);

    const int splits = splitCount();
    std::vector<int> testFold(static_cast<size_t>(rows));
    size_t position = 0;
    for (int fold = 0; fold < splits; ++fold) {
        const Eigen::Index size = rows / splits + (fold < rows % splits ? 1 : 0);
        for (Eigen::Index i = 0; i < size; ++i)
            testFold[size_t(order[position++])] = fold;
    }
    return Fold::fromAssignment(testFold, splits);
}

} // namespace streamml::model::evaluation
