#pragma once

#include "model/data/batcher.h"
#include "model/data/pii_hasher.h"
#include "model/data/source.h"
#include "model/pipeline/collected_batch.h"
#include "model/settings/source_settings.h"

#include <QHash>
#include <memory>
#include <optional>

namespace streamml::model::store {
class CursorStore;
}

namespace streamml::model::pipeline {

/// The collection stage: reads the source's segments, types them against the stored schema, hashes
/// PII columns, sorts by time and cuts the next batch after the stored cursor.
class Collector
{
public:
    Collector(settings::SourceSettings source, settings::StreamSettings stream, QByteArray piiSalt);
    ~Collector();

    /// The next batch after the cursor, or nullopt when the source has no new rows.
    std::optional<CollectedBatch> next(const store::CursorStore &cursor, const QHash<QString, data::Column::Kind> &schema,
                                       core::ProgressSink &progress);
    QString describeSource() const;

private:
    struct LoadedSegment
    {
        data::Segment segment;
        data::Table sorted;
        QHash<QString, std::vector<bool>> violations; ///< per column, flags in sorted row order
        std::vector<bool> outOfOrder;                 ///< in sorted row order: came before an earlier time in the source
    };

    const LoadedSegment &load(const data::Segment &segment, const QHash<QString, data::Column::Kind> &schema,
                              core::ProgressSink &progress);
    CollectedBatch cut(const LoadedSegment &loaded, const data::BatchCut &cut) const;
    static std::vector<bool> outOfOrderFlags(const std::vector<double> &timesInSourceOrder);

    settings::SourceSettings m_sourceSettings;
    std::unique_ptr<data::Source> m_source;
    data::Batcher m_batcher;
    data::PiiHasher m_pii;
    QHash<QString, LoadedSegment> m_loaded;
};

} // namespace streamml::model::pipeline
