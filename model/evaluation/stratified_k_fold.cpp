#include "model/evaluation/stratified_k_fold.h"

#include "model/core/error.h"
#include "model/core/log.h"
#include "model/evaluation/random_state.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace streamml::model::evaluation {

using core::Error;

StratifiedKFold::StratifiedKFold(int splits, bool shuffle, std::optional<quint32> randomState)
    : BaseKFold(splits, shuffle, randomState)
{
}

std::vector<int> StratifiedKFold::encodeByAppearance(const Eigen::VectorXd &targets, int &classCount)
{
    std::unordered_map<double, int> codes;
    std::vector<int> encoded(static_cast<size_t>(targets.size()));
    for (Eigen::Index row = 0; row < targets.size(); ++row) {
        if (!std::isfinite(targets[row]))
            throw Error::input(QStringLiteral("stratified splitting needs class labels; row %1 holds %2")
                                   .arg(row).arg(targets[row]));
        encoded[size_t(row)] = codes.try_emplace(targets[row], int(codes.size())).first->second;
    }
    classCount = int(codes.size());
    return encoded;
}

void StratifiedKFold::checkClassSizes(const std::vector<Eigen::Index> &classSizes) const
{
    const Eigen::Index smallest = *std::min_element(classSizes.begin(), classSizes.end());
    const Eigen::Index largest = *std::max_element(classSizes.begin(), classSizes.end());
    if (largest < splitCount())
        throw Error::input(QStringLiteral("n_splits=%1 cannot be greater than the number of rows in each class "
                                          "(the largest class has %2)")
                               .arg(splitCount()).arg(largest));
    if (smallest < splitCount())
        core::Log::get("evaluation")->warn("the least populated class has only {} rows, fewer than n_splits={}",
                                           smallest, splitCount());
}

std::vector<Fold> StratifiedKFold::split(const Eigen::VectorXd &targets) const
{
    checkRows(targets.size());
    int classCount = 0;
    const std::vector<int> encoded = encodeByAppearance(targets, classCount);
    std::vector<Eigen::Index> classSizes(size_t(classCount), 0);
    for (int code : encoded)
        ++classSizes[size_t(code)];
    checkClassSizes(classSizes);

    // Deal the sorted labels round-robin: position p of the sorted order goes to fold p % splits.
    const int splits = splitCount();
    std::vector<std::vector<int>> foldsOfClass(static_cast<size_t>(classCount));
    Eigen::Index position = 0;
    for (int code = 0; code < classCount; ++code) {
        std::vector<Eigen::Index> allocation(size_t(splits), 0);
        for (Eigen::Index i = 0; i < classSizes[size_t(code)]; ++i)
            ++allocation[size_t(position++ % splits)];
        for (int fold = 0; fold < splits; ++fold)
            foldsOfClass[size_t(code)].insert(foldsOfClass[size_t(code)].end(), size_t(allocation[size_t(fold)]), fold);
    }

    // One generator for all classes, shuffling them in code order, as scikit-learn does.
    if (shuffles()) {
        RandomState random(*randomState());
        for (std::vector<int> &folds : foldsOfClass)
            random.shuffle(folds);
    }
    // Each class hands out its fold numbers to its rows in row order.
    std::vector<size_t> next(size_t(classCount), 0);
    std::vector<int> testFold(encoded.size());
    for (size_t row = 0; row < encoded.size(); ++row) {
        const auto code = size_t(encoded[row]);
        testFold[row] = foldsOfClass[code][next[code]++];
    }
    return Fold::fromAssignment(testFold, splits);
}

} // namespace streamml::model::evaluation
