#include "model/store/workspace.h"

#include "model/core/error.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

namespace streamml::model::store {

using core::Error;

Workspace::Workspace(const QString &root)
    : m_root(QDir(root).absolutePath())
{
    for (const char *name : {"models", "predictions", "reports", "logs"})
        if (!QDir().mkpath(sub(QString::fromLatin1(name))))
            throw Error::store(QStringLiteral("cannot create the workspace folder %1 ([workspace] path)").arg(sub(QString::fromLatin1(name))));
}

QString Workspace::sub(const QString &name) const
{
    return QDir(m_root).absoluteFilePath(name);
}

QString Workspace::modelsDir() const { return sub(QStringLiteral("models")); }
QString Workspace::predictionsDir() const { return sub(QStringLiteral("predictions")); }
QString Workspace::reportsDir() const { return sub(QStringLiteral("reports")); }
QString Workspace::logsDir() const { return sub(QStringLiteral("logs")); }

QByteArray Workspace::piiSalt() const
{
    const QString path = sub(QStringLiteral("pii_salt"));
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray salt = QByteArray::fromHex(existing.readAll().trimmed());
        if (salt.size() == 32)
            return salt;
        throw Error::store(QStringLiteral("%1 is damaged (expected 64 hex digits); restore it or the PII digests change").arg(path));
    }
    QByteArray salt(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 8);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(salt.toHex() + '\n') < 0 || !file.commit())
        throw Error::store(QStringLiteral("cannot write the PII salt %1").arg(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return salt;
}

} // namespace streamml::model::store
