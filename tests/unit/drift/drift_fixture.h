#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <vector>

namespace streamml::tests {

/// Reads the scipy reference cases written by tests/fixtures/make_drift_fixtures.py.
class DriftFixture
{
public:
    /// The "cases" array of tests/fixtures/drift/<name>; fails the test run when it cannot be read.
    static QJsonArray cases(const QString &name);
    /// A sample stored as a plain list or as {"values": [...], "counts": [...]}.
    static std::vector<double> sample(const QJsonValue &value);
    static std::vector<qint64> counts(const QJsonValue &value);
    /// Category names "c0", "c1", ... for count vectors of the given size.
    static QStringList categoryNames(qsizetype size);
    /// |actual - expected| <= absolute + relative |expected|, with a message naming both on failure.
    static bool close(double actual, double expected, double relative, double absolute = 0);
};

} // namespace streamml::tests
