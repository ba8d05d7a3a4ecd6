#pragma once

#include "model/settings/settings.h"

#include <QTemporaryDir>

namespace streamml::tests {

/// A throw-away folder with settings whose workspace lives inside it; files can be written there
/// and used as sources.
class TempWorkspace
{
public:
    TempWorkspace();

    QString path(const QString &name = {}) const;
    /// Writes a file inside the folder (creating sub-folders) and returns its absolute path.
    QString write(const QString &name, const QByteArray &content) const;
    /// Default settings with the workspace inside this folder and the given time column.
    model::settings::Settings settings(const QString &sourcePath, const QString &timeColumn = QStringLiteral("time")) const;

private:
    QTemporaryDir m_dir;
};

} // namespace streamml::tests
