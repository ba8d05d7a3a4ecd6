#pragma once

#include "model/data/text_table.h"

#include <QIODevice>

namespace streamml::model::core {
class ProgressSink;
}

namespace streamml::model::data {

/// Reads one table format from any QIODevice into text cells; errors name the source, line and column.
class TableReader
{
public:
    virtual ~TableReader() = default;
    virtual TextTable read(QIODevice &device, const QString &sourceName, core::ProgressSink &progress) = 0;
};

} // namespace streamml::model::data
