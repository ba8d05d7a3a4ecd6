#pragma once

#include "model/data/table.h"

#include <Eigen/Dense>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace streamml::tests {

/// Reads the reference values written by tests/fixtures/make_prep_linear_fixtures.py, and the shipped
/// dataset the way the program reads it.
class PrepLinearFixtures
{
public:
    /// A JSON file of tests/fixtures/prep_linear/.
    static QJsonObject load(const QString &name);
    /// The case called `name` in the "cases" array of a file.
    static QJsonObject findCase(const QString &file, const QString &name);
    static QStringList caseNames(const QString &file);

    /// Rows of numbers, null read as NaN.
    static Eigen::MatrixXd matrix(const QJsonValue &rows);
    static Eigen::VectorXd vector(const QJsonValue &values);
    static QStringList strings(const QJsonValue &values);
    /// Columns given as {name, kind: numeric|categorical, values}; categories are coded in order of
    /// first appearance, so the dictionaries are not sorted.
    static model::data::Table table(const QJsonArray &columns);

    /// Largest absolute difference; NaN matches NaN only (a NaN against a number gives infinity).
    static double maxDifference(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b);
};

} // namespace streamml::tests
