#pragma once

#include "model/data/source.h"
#include "model/settings/source_settings.h"

namespace streamml::model::data {

/// A table or view behind any Qt Sql connection (SQLite file, PostgreSQL server, ...), read whole
/// and cut like a file; rows inserted later are picked up by later updates.
class SqlSource : public Source
{
public:
    explicit SqlSource(settings::SourceSettings settings);

    QString describe() const override;
    QList<Segment> segments() const override;
    TextTable read(const Segment &segment, core::ProgressSink &progress) const override;

private:
    settings::SourceSettings m_settings;
};

} // namespace streamml::model::data
