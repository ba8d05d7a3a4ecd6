#include "model/data/folder_source.h"

#include "model/core/error.h"
#include "model/data/reader_factory.h"

#include <QDir>

namespace streamml::model::data {

FolderSource::FolderSource(settings::SourceSettings settings)
    : m_settings(std::move(settings))
{
}

QString FolderSource::describe() const
{
    return QStringLiteral("drop folder %1").arg(m_settings.path);
}

QList<Segment> FolderSource::segments() const
{
    const QDir dir(m_settings.path);
    if (!dir.exists())
        throw core::Error::input(QStringLiteral("%1: the drop folder does not exist ([source] path)").arg(m_settings.path));
    QList<Segment> result;
    const QStringList names = dir.entryList(m_settings.folderPatterns, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names)
        result.append(Segment{dir.absoluteFilePath(name), true});
    return result;
}

TextTable FolderSource::read(const Segment &segment, core::ProgressSink &progress) const
{
    return ReaderFactory::readFile(segment.key, m_settings, progress);
}

} // namespace streamml::model::data
