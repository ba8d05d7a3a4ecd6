#pragma once

#include <QJsonObject>
#include <QStringList>

namespace streamml::model::learners {

/// Reads a learner's hyper-parameters from JSON (numbers and booleans also as text, as settings files
/// write them), with defaults for absent keys. A bad value or an unknown key is refused by name with
/// what is accepted, never replaced by a default.
class JsonParams
{
public:
    JsonParams(QString family, QJsonObject json);

    /// A number in [minimum, maximum]; `minimumExcluded` makes the lower bound strict.
    double real(const QString &key, double fallback, double minimum, double maximum, bool minimumExcluded = false);
    int integer(const QString &key, int fallback, int minimum, int maximum);
    bool boolean(const QString &key, bool fallback);
    QString choice(const QString &key, const QString &fallback, const QStringList &choices);

    /// Throws Error::settings when the object holds a key no reader asked for.
    void finish() const;

private:
    [[noreturn]] void refuse(const QString &key, const QString &accepted) const;

    QString m_family;
    QJsonObject m_json;
    QStringList m_known;
};

} // namespace streamml::model::learners
