#pragma once

#include <limits>
#include <vector>

namespace streamml::model::learners {

/// A candidate split "value <= threshold" of a Hoeffding leaf, with its merit and the class weights sent each way.
struct SplitSuggestion
{
    int feature = -1; ///< -1: the "do not split" option
    double threshold = 0.0;
    double merit = -std::numeric_limits<double>::infinity();
    std::vector<double> left;
    std::vector<double> right;
};

} // namespace streamml::model::learners
