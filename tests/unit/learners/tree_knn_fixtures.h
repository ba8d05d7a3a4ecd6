#pragma once

#include <Eigen/Dense>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace streamml::tests {

/// The scikit-learn reference results in tests/fixtures/tree_knn, written by make_tree_knn_fixtures.py.
class TreeKnnFixtures
{
public:
    /// Parses tree_knn/<name>.json; fails the test run when it is missing.
    static QJsonValue load(const QString &name);
    static QJsonObject dataset(const QString &name);
    static Eigen::MatrixXd matrix(const QJsonArray &rows);
    static Eigen::VectorXd vector(const QJsonArray &values);
};

} // namespace streamml::tests
