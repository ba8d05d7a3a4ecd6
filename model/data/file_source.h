#pragma once

#include "model/data/source.h"
#include "model/settings/source_settings.h"

namespace streamml::model::data {

/// One CSV, CSV.gz or XLSX file; rows appended to it later are picked up by later updates.
class FileSource : public Source
{
public:
    explicit FileSource(settings::SourceSettings settings);

    QString describe() const override;
    QList<Segment> segments() const override;
    TextTable read(const Segment &segment, core::ProgressSink &progress) const override;

private:
    settings::SourceSettings m_settings;
};

} // namespace streamml::model::data
