#pragma once

#include <QByteArray>
#include <QString>

namespace streamml::model::store {

/// The folder a run leaves everything in: store file, models/, predictions/, reports/, logs/ and the
/// PII salt. Deleting it resets the system.
class Workspace
{
public:
    /// Creates the folder and its sub-folders when missing; throws Error::store when it cannot.
    explicit Workspace(const QString &root);

    QString root() const { return m_root; }
    QString modelsDir() const;
    QString predictionsDir() const;
    QString reportsDir() const;
    QString logsDir() const;
    /// The salt of PII hashing, created with random bytes on first use and kept in the workspace.
    QByteArray piiSalt() const;

private:
    QString sub(const QString &name) const;

    QString m_root;
};

} // namespace streamml::model::store
