#include "model/data/file_source.h"

#include "model/data/reader_factory.h"

namespace streamml::model::data {

FileSource::FileSource(settings::SourceSettings settings)
    : m_settings(std::move(settings))
{
}

QString FileSource::describe() const
{
    return QStringLiteral("file %1").arg(m_settings.path);
}

QList<Segment> FileSource::segments() const
{
    return {Segment{m_settings.path, false}};
}

TextTable FileSource::read(const Segment &segment, core::ProgressSink &progress) const
{
    return ReaderFactory::readFile(segment.key, m_settings, progress);
}

} // namespace streamml::model::data
