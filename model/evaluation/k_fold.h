#pragma once

#include "model/evaluation/base_k_fold.h"

namespace streamml::model::evaluation {

/// scikit-learn's KFold: consecutive folds (the first n % k one row larger), optionally over rows
/// shuffled with numpy's RandomState(seed).
class KFold : public BaseKFold
{
public:
    explicit KFold(int splits = 5, bool shuffle = false, std::optional<quint32> randomState = std::nullopt);

    std::vector<Fold> split(const Eigen::VectorXd &targets) const override;
    std::vector<Fold> splitRows(Eigen::Index rows) const;
};

} // namespace streamml::model::evaluation
