#pragma once

#include "model/evaluation/fold.h"

#include <Eigen/Core>
#include <vector>

namespace streamml::model::evaluation {

/// Cuts the rows of a batch (in time order) into train/test folds.
class Splitter
{
public:
    virtual ~Splitter() = default;

    /// The folds for these targets: class indices for stratified splitting; the others use only
    /// their count. Throws Error when the rows cannot be split with these parameters.
    virtual std::vector<Fold> split(const Eigen::VectorXd &targets) const = 0;
    virtual int splitCount() const = 0;
};

} // namespace streamml::model::evaluation
