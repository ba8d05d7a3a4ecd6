#pragma once

#include <Eigen/Dense>
#include <QJsonArray>

namespace streamml::model::learners {

/// A matrix as a JSON array of rows, for describe().
QJsonArray rowsToJson(const Eigen::MatrixXd &matrix);
/// A vector as a JSON array of numbers, for describe().
QJsonArray valuesToJson(const Eigen::VectorXd &vector);

} // namespace streamml::model::learners
