#include "model/settings/settings.h"

#include "model/core/error.h"
#include "model/settings/key_catalog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace streamml::model::settings {

using core::Error;

namespace {
QString valueText(const QVariant &value)
{
    // QSettings splits values with commas into lists; the catalog parses lists itself.
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(','));
    return value.toString();
}

QString unknownKeyMessage(const QString &file, const QString &section, const QString &key)
{
    if (!KeyCatalog::sections().contains(section))
        return QStringLiteral("%1: unknown section [%2] (key %3); known sections: %4")
            .arg(file, section, key, KeyCatalog::sections().join(QStringLiteral(", ")));
    return QStringLiteral("%1: unknown key [%2] %3; known keys: %4")
        .arg(file, section, key, KeyCatalog::keysOf(section).join(QStringLiteral(", ")));
}
} // namespace

Settings Settings::defaults(const QString &baseDir)
{
    Settings settings;
    settings.m_baseDir = QDir(baseDir).absolutePath();
    for (const KeyDef &def : KeyCatalog::all())
        settings.m_values.insert(def.name(), def.defaultValue);
    return settings;
}

Settings Settings::load(const QString &path)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        throw Error::settings(QStringLiteral("settings file %1 cannot be read (does it exist?)").arg(path));
    Settings settings = defaults(info.absolutePath());
    settings.m_filePath = info.absoluteFilePath();

    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() == QSettings::FormatError)
        throw Error::settings(QStringLiteral("%1: not a valid INI file").arg(path));
    QStringList problems;
    const QStringList keys = ini.allKeys();
    for (const QString &fullKey : keys) {
        const qsizetype slash = fullKey.indexOf(QLatin1Char('/'));
        const QString section = slash < 0 ? QStringLiteral("General") : fullKey.left(slash);
        const QString key = slash < 0 ? fullKey : fullKey.mid(slash + 1);
        const KeyDef *def = KeyCatalog::find(section, key);
        if (!def) {
            problems.append(unknownKeyMessage(path, section, key));
            continue;
        }
        const QString value = valueText(ini.value(fullKey));
        if (const auto accepted = def->check(value)) {
            problems.append(QStringLiteral("%1: [%2] %3 = \"%4\" is not accepted; expected %5")
                                .arg(path, section, key, value, *accepted));
            continue;
        }
        settings.m_values.insert(def->name(), value.trimmed());
    }
    if (!problems.isEmpty())
        throw Error::settings(problems.join(QLatin1Char('\n')));
    return settings;
}

void Settings::set(const QString &section, const QString &key, const QString &value)
{
    const KeyDef *def = KeyCatalog::find(section, key);
    if (!def)
        throw Error::settings(unknownKeyMessage(QStringLiteral("settings"), section, key));
    if (const auto accepted = def->check(value))
        throw Error::settings(QStringLiteral("[%1] %2 = \"%3\" is not accepted; expected %4")
                                  .arg(section, key, value, *accepted));
    m_values.insert(def->name(), value.trimmed());
}

const QString &Settings::raw(const QString &section, const QString &key) const
{
    const auto it = m_values.constFind(section + QLatin1Char('/') + key);
    if (it == m_values.constEnd())
        throw Error::internal(QStringLiteral("settings key [%1] %2 is not in the catalog").arg(section, key));
    return *it;
}

QString Settings::text(const QString &section, const QString &key) const
{
    return raw(section, key);
}

qlonglong Settings::integer(const QString &section, const QString &key) const
{
    return raw(section, key).toLongLong();
}

double Settings::real(const QString &section, const QString &key) const
{
    return raw(section, key).toDouble();
}

bool Settings::boolean(const QString &section, const QString &key) const
{
    const QString v = raw(section, key).toLower();
    return v == u"true" || v == u"1" || v == u"yes" || v == u"on";
}

QStringList Settings::list(const QString &section, const QString &key) const
{
    QStringList result;
    const QStringList parts = raw(section, key).split(QLatin1Char(','));
    for (const QString &part : parts)
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    return result;
}

QString Settings::path(const QString &section, const QString &key) const
{
    const QString value = raw(section, key);
    if (value.isEmpty())
        return {};
    return QDir::cleanPath(QDir(m_baseDir).absoluteFilePath(value));
}

std::optional<Duration> Settings::duration(const QString &section, const QString &key) const
{
    return Duration::parse(raw(section, key));
}

QString Settings::sha256() const
{
    QByteArray bytes;
    QStringList keys = m_values.keys();
    keys.sort();
    for (const QString &k : keys)
        bytes += (k + QLatin1Char('=') + m_values.value(k) + QLatin1Char('\n')).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace streamml::model::settings
