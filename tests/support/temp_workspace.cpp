#include "tests/support/temp_workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

namespace streamml::tests {

TempWorkspace::TempWorkspace()
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
}

QString TempWorkspace::path(const QString &name) const
{
    return name.isEmpty() ? m_dir.path() : QDir(m_dir.path()).absoluteFilePath(name);
}

QString TempWorkspace::write(const QString &name, const QByteArray &content) const
{
    const QString file = path(name);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
        qFatal("cannot write a test file");
    return file;
}

model::settings::Settings TempWorkspace::settings(const QString &sourcePath, const QString &timeColumn) const
{
    model::settings::Settings s = model::settings::Settings::defaults(path());
    s.set(QStringLiteral("source"), QStringLiteral("path"), sourcePath);
    s.set(QStringLiteral("source"), QStringLiteral("time_column"), timeColumn);
    s.set(QStringLiteral("source"), QStringLiteral("target"), QString());
    s.set(QStringLiteral("source"), QStringLiteral("ignore_columns"), QString());
    s.set(QStringLiteral("workspace"), QStringLiteral("path"), path(QStringLiteral("workspace")));
    return s;
}

} // namespace streamml::tests
