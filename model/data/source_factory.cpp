#include "model/data/source_factory.h"

#include "model/data/file_source.h"
#include "model/data/folder_source.h"
#include "model/data/sql_source.h"

namespace streamml::model::data {

std::unique_ptr<Source> SourceFactory::create(const settings::SourceSettings &settings)
{
    using Kind = settings::SourceSettings::Kind;
    switch (settings.kind) {
    case Kind::Folder: return std::make_unique<FolderSource>(settings);
    case Kind::Sql: return std::make_unique<SqlSource>(settings);
    case Kind::File: break;
    }
    return std::make_unique<FileSource>(settings);
}

} // namespace streamml::model::data
