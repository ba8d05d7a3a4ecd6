#include "model/evaluation/fold.h"

namespace streamml::model::evaluation {

std::vector<Fold> Fold::fromAssignment(const std::vector<int> &testFoldOfRow, int foldCount)
{
    std::vector<Fold> folds(static_cast<size_t>(foldCount));
    for (size_t row = 0; row < testFoldOfRow.size(); ++row)
        for (int fold = 0; fold < foldCount; ++fold)
            (fold == testFoldOfRow[row] ? folds[size_t(fold)].test : folds[size_t(fold)].train)
                .push_back(Eigen::Index(row));
    return folds;
}

} // namespace streamml::model::evaluation
