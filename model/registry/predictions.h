#pragma once

#include <Eigen/Dense>
#include <QStringList>

namespace streamml::model::registry {

/// A model's answers for a table's rows: class index or value per row, class probabilities for
/// classification (rows × classes, in the target encoder's class order) and the labels as text.
struct Predictions
{
    Eigen::VectorXd values;
    Eigen::MatrixXd probabilities;
    QStringList labels;
};

} // namespace streamml::model::registry
