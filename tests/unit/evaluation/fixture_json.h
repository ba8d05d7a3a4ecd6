#pragma once

#include <Eigen/Dense>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <vector>

namespace streamml::tests {

/// Reads the scikit-learn reference files in fixtures/evaluation/ into Eigen and index vectors.
class FixtureJson
{
public:
    /// The parsed file; fails the running test (by throwing) when it is missing or malformed.
    static QJsonDocument load(const QString &name);
    static Eigen::VectorXd vector(const QJsonValue &values);
    static Eigen::MatrixXd matrix(const QJsonValue &rows);
    static std::vector<Eigen::Index> indices(const QJsonValue &values);
    /// Agreement within 1e-9, relative for values beyond 1 in size.
    static bool close(double actual, double expected);
};

} // namespace streamml::tests
