#pragma once

#include "model/settings/duration.h"

#include <QDir>
#include <QHash>
#include <QString>
#include <QStringList>

namespace streamml::model::settings {

/// The validated contents of a settings file: every known key has a value (its default when absent);
/// unknown keys and bad values are refused by name with the accepted range.
class Settings
{
public:
    /// Reads and validates an INI file; throws Error::settings listing every problem found.
    static Settings load(const QString &path);
    /// Every key at its default; relative paths resolve against `baseDir`.
    static Settings defaults(const QString &baseDir);

    /// Sets one key after validating it (throws Error::settings on a bad value or unknown key).
    void set(const QString &section, const QString &key, const QString &value);

    QString text(const QString &section, const QString &key) const;
    qlonglong integer(const QString &section, const QString &key) const;
    double real(const QString &section, const QString &key) const;
    bool boolean(const QString &section, const QString &key) const;
    QStringList list(const QString &section, const QString &key) const;
    /// A path value made absolute against the settings file's folder.
    QString path(const QString &section, const QString &key) const;
    std::optional<Duration> duration(const QString &section, const QString &key) const;

    QString filePath() const { return m_filePath; }
    QString baseDir() const { return m_baseDir; }
    /// SHA-256 of the effective values (every key, sorted), so comments and key order do not change it.
    QString sha256() const;

private:
    const QString &raw(const QString &section, const QString &key) const;

    QString m_filePath;
    QString m_baseDir;
    QHash<QString, QString> m_values;
};

} // namespace streamml::model::settings
