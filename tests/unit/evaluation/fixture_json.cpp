#include "tests/unit/evaluation/fixture_json.h"

#include "tests/support/test_paths.h"

#include <QFile>
#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace streamml::tests {

QJsonDocument FixtureJson::load(const QString &name)
{
    QFile file(TestPaths::fixture(QStringLiteral("evaluation/") + name));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot open fixture " + file.fileName().toStdString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        throw std::runtime_error("malformed fixture " + name.toStdString() + ": " + error.errorString().toStdString());
    return document;
}

Eigen::VectorXd FixtureJson::vector(const QJsonValue &values)
{
    const QJsonArray array = values.toArray();
    Eigen::VectorXd result(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        result[i] = array[i].toDouble();
    return result;
}

Eigen::MatrixXd FixtureJson::matrix(const QJsonValue &rows)
{
    const QJsonArray array = rows.toArray();
    const qsizetype columns = array.isEmpty() ? 0 : array[0].toArray().size();
    Eigen::MatrixXd result(array.size(), columns);
    for (qsizetype r = 0; r < array.size(); ++r)
        result.row(r) = vector(array[r]).transpose();
    return result;
}

std::vector<Eigen::Index> FixtureJson::indices(const QJsonValue &values)
{
    std::vector<Eigen::Index> result;
    for (const QJsonValue &value : values.toArray())
        result.push_back(Eigen::Index(value.toInteger()));
    return result;
}

bool FixtureJson::close(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

} // namespace streamml::tests
