#pragma once

#include "model/data/source.h"
#include "model/settings/source_settings.h"

namespace streamml::model::data {

/// A drop folder: every file matching [source] folder_pattern is a segment, taken in name order;
/// a file is final once seen, so later updates only read files that arrived since.
class FolderSource : public Source
{
public:
    explicit FolderSource(settings::SourceSettings settings);

    QString describe() const override;
    QList<Segment> segments() const override;
    TextTable read(const Segment &segment, core::ProgressSink &progress) const override;

private:
    settings::SourceSettings m_settings;
};

} // namespace streamml::model::data
