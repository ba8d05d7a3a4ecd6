#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace streamml::model::learners {

/// Reads a learner's hyper-parameters from JSON, filling defaults and naming any bad key with its accepted range.
class HyperparameterReader
{
public:
    HyperparameterReader(QJsonObject json, QString family);

    int integer(const QString &key, int fallback, int minimum, int maximum);
    double real(const QString &key, double fallback, double minimum, double maximum);
    /// A real in (minimum, maximum]: for probabilities and confidences that must not be zero.
    double positiveReal(const QString &key, double fallback, double maximum);
    QString choice(const QString &key, const QString &fallback, const QStringList &choices);
    /// Throws when the JSON holds a key that none of the calls above asked for.
    void rejectUnknownKeys() const;

private:
    [[noreturn]] void fail(const QString &key, const QString &accepted) const;

    QJsonObject m_json;
    QString m_family;
    QStringList m_known;
};

} // namespace streamml::model::learners
