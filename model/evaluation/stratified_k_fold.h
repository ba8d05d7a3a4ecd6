#pragma once

#include "model/evaluation/base_k_fold.h"

namespace streamml::model::evaluation {

/// scikit-learn 1.2's StratifiedKFold: each class is dealt to the folds round-robin over the sorted
/// labels, its rows taking fold numbers in blocks (shuffled per class with numpy's RandomState(seed)).
class StratifiedKFold : public BaseKFold
{
public:
    explicit StratifiedKFold(int splits = 5, bool shuffle = false, std::optional<quint32> randomState = std::nullopt);

    /// Targets are class labels (any finite values). Throws when every class has fewer rows than
    /// splits; logs a warning when only some do.
    std::vector<Fold> split(const Eigen::VectorXd &targets) const override;

private:
    /// Classes numbered in order of first appearance, as scikit-learn encodes them.
    static std::vector<int> encodeByAppearance(const Eigen::VectorXd &targets, int &classCount);
    void checkClassSizes(const std::vector<Eigen::Index> &classSizes) const;
};

} // namespace streamml::model::evaluation
