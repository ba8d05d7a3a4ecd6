#pragma once

#include "model/data/table_reader.h"
#include "model/settings/source_settings.h"

#include <memory>

namespace streamml::model::data {

/// Picks the reader of a file from [source] format, or from the file name when the format is auto.
class ReaderFactory
{
public:
    static std::unique_ptr<TableReader> forFile(const QString &path, const settings::SourceSettings &source);
    /// Opens and reads a whole file with the reader its name calls for.
    static TextTable readFile(const QString &path, const settings::SourceSettings &source, core::ProgressSink &progress);
};

} // namespace streamml::model::data
