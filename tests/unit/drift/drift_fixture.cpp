#include "tests/unit/drift/drift_fixture.h"

#include "tests/support/test_paths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <cmath>

namespace streamml::tests {

QJsonArray DriftFixture::cases(const QString &name)
{
    QFile file(TestPaths::fixture(QStringLiteral("drift/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s; run tests/fixtures/make_drift_fixtures.py", qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("fixture %s is not JSON: %s", qPrintable(file.fileName()), qPrintable(error.errorString()));
    return document.object().value(QStringLiteral("cases")).toArray();
}

std::vector<double> DriftFixture::sample(const QJsonValue &value)
{
    std::vector<double> result;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            result.push_back(v.toDouble());
        return result;
    }
    const QJsonArray values = value.toObject().value(QStringLiteral("values")).toArray();
    const QJsonArray counts = value.toObject().value(QStringLiteral("counts")).toArray();
    for (qsizetype i = 0; i < values.size(); ++i)
        result.insert(result.end(), size_t(counts.at(i).toInteger()), values.at(i).toDouble());
    return result;
}

std::vector<qint64> DriftFixture::counts(const QJsonValue &value)
{
    std::vector<qint64> result;
    for (const QJsonValue &v : value.toArray())
        result.push_back(v.toInteger());
    return result;
}

QStringList DriftFixture::categoryNames(qsizetype size)
{
    QStringList names;
    for (qsizetype i = 0; i < size; ++i)
        names.append(QStringLiteral("c%1").arg(i));
    return names;
}

bool DriftFixture::close(double actual, double expected, double relative, double absolute)
{
    if (std::abs(actual - expected) <= absolute + relative * std::abs(expected))
        return true;
    qWarning("actual %.17g, expected %.17g (difference %.3g)", actual, expected, actual - expected);
    return false;
}

} // namespace streamml::tests
