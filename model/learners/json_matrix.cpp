#include "model/learners/json_matrix.h"

namespace streamml::model::learners {

QJsonArray rowsToJson(const Eigen::MatrixXd &matrix)
{
    QJsonArray rows;
    for (Eigen::Index r = 0; r < matrix.rows(); ++r)
        rows.append(valuesToJson(matrix.row(r).transpose()));
    return rows;
}

QJsonArray valuesToJson(const Eigen::VectorXd &vector)
{
    QJsonArray values;
    for (double v : vector)
        values.append(v);
    return values;
}

} // namespace streamml::model::learners
