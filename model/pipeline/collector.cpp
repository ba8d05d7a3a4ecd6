#include "model/pipeline/collector.h"

#include "model/core/log.h"
#include "model/core/progress_sink.h"
#include "model/data/source_factory.h"
#include "model/data/type_inference.h"
#include "model/store/cursor_store.h"

namespace streamml::model::pipeline {

Collector::Collector(settings::SourceSettings source, settings::StreamSettings stream, QByteArray piiSalt)
    : m_sourceSettings(std::move(source))
    , m_source(data::SourceFactory::create(m_sourceSettings))
    , m_batcher(std::move(stream))
    , m_pii(std::move(piiSalt))
{
}

Collector::~Collector() = default;

QString Collector::describeSource() const
{
    return m_source->describe();
}

std::vector<bool> Collector::outOfOrderFlags(const std::vector<double> &times)
{
    std::vector<bool> flags(times.size(), false);
    double latest = -std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < times.size(); ++i) {
        flags[i] = times[i] < latest;
        latest = std::max(latest, times[i]);
    }
    return flags;
}

const Collector::LoadedSegment &Collector::load(const data::Segment &segment,
                                                const QHash<QString, data::Column::Kind> &schema,
                                                core::ProgressSink &progress)
{
    const auto cached = m_loaded.constFind(segment.key);
    if (cached != m_loaded.constEnd())
        return *cached;
    const data::TextTable text = m_source->read(segment, progress);
    data::TypeInference::Options options;
    options.missingTokens = m_sourceSettings.missingTokens;
    options.timeColumn = m_sourceSettings.timeColumn;
    options.timeFormat = m_sourceSettings.timeFormat;
    options.schema = schema;
    data::TypeInference::Result typed = data::TypeInference(options).type(text);
    m_pii.apply(typed.table, m_sourceSettings.piiColumns, text.sourceName);

    const qsizetype timeIndex = typed.table.indexOf(m_sourceSettings.timeColumn);
    const std::vector<qsizetype> order = typed.table.sortOrder(timeIndex);
    const std::vector<bool> late = outOfOrderFlags(typed.table.column(timeIndex).numbers());
    LoadedSegment loaded;
    loaded.segment = segment;
    loaded.sorted = typed.table.take(order);
    for (qsizetype row : order)
        loaded.outOfOrder.push_back(late[size_t(row)]);
    for (auto it = typed.violations.cbegin(); it != typed.violations.cend(); ++it) {
        std::vector<bool> flags(order.size());
        for (size_t i = 0; i < order.size(); ++i)
            flags[i] = it.value()[size_t(order[i])];
        loaded.violations.insert(it.key(), std::move(flags));
    }
    core::Log::get("collection")->info("read {}: {} rows, {} columns", text.sourceName, text.rowCount(), text.header.size());
    return *m_loaded.insert(segment.key, std::move(loaded));
}

CollectedBatch Collector::cut(const LoadedSegment &loaded, const data::BatchCut &batchCut) const
{
    CollectedBatch batch;
    batch.table = loaded.sorted.slice(batchCut.first, batchCut.count);
    batch.source = loaded.segment.key;
    batch.after = batchCut.after;
    batch.after.finished = loaded.segment.final && batchCut.first + batchCut.count == loaded.sorted.rowCount();
    batch.timeFrom = batchCut.timeFrom;
    batch.outOfOrderRows = std::count(loaded.outOfOrder.begin() + batchCut.first,
                                      loaded.outOfOrder.begin() + batchCut.first + batchCut.count, true);
    batch.timeTo = batchCut.timeTo;
    for (auto it = loaded.violations.cbegin(); it != loaded.violations.cend(); ++it) {
        const qint64 count = std::count(it.value().begin() + batchCut.first,
                                        it.value().begin() + batchCut.first + batchCut.count, true);
        if (count > 0)
            batch.typeViolations.insert(it.key(), count);
    }
    return batch;
}

std::optional<CollectedBatch> Collector::next(const store::CursorStore &cursor,
                                              const QHash<QString, data::Column::Kind> &schema,
                                              core::ProgressSink &progress)
{
    const QList<data::Segment> segments = m_source->segments();
    for (const data::Segment &segment : segments) {
        const data::StreamPosition position = cursor.position(segment.key);
        if (position.finished)
            continue;
        const LoadedSegment &loaded = load(segment, schema, progress);
        const qsizetype timeIndex = loaded.sorted.indexOf(m_sourceSettings.timeColumn);
        const auto batchCut = m_batcher.next(loaded.sorted.column(timeIndex).numbers(), position);
        if (batchCut)
            return cut(loaded, *batchCut);
    }
    return std::nullopt;
}

} // namespace streamml::model::pipeline
