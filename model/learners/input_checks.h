#pragma once

#include <Eigen/Dense>
#include <QString>

namespace streamml::model::learners {

/// Throws Error::model naming `family` unless `x` has rows, as many as `y`, and only finite values
/// (linear models cannot take missing values: prepare with a variant that imputes).
void checkTrainingData(const QString &family, const Eigen::MatrixXd &x, const Eigen::VectorXd &y);
/// Throws Error::model naming `family` when `x` does not have `features` columns.
void checkFeatureCount(const QString &family, const Eigen::MatrixXd &x, Eigen::Index features);
/// The class count: `configured` when positive, else one more than the largest class index. Throws
/// Error::model when a target is not a class index below it, or fewer than two classes result.
int classCountOf(const QString &family, const Eigen::VectorXd &y, int configured);
/// Throws Error::model when a target is not a class index below `classCount`.
void checkClassIndices(const QString &family, const Eigen::VectorXd &y, int classCount);

} // namespace streamml::model::learners
