#pragma once

#include "model/data/source.h"
#include "model/settings/source_settings.h"

#include <memory>

namespace streamml::model::data {

/// Builds the source [source] kind names.
class SourceFactory
{
public:
    static std::unique_ptr<Source> create(const settings::SourceSettings &settings);
};

} // namespace streamml::model::data
