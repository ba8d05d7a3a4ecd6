#include "controller/gui/analysis_loader.h"

#include "controller/gui/distribution_builder.h"
#include "model/data/column_roles.h"
#include "model/pipeline/reference_window.h"
#include "model/quality/eda.h"
#include "model/store/batch_store.h"
#include "model/store/drift_store.h"
#include "model/store/quality_store.h"
#include "model/store/raw_row_store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <numeric>

namespace streamml::controller::gui {

namespace {
using model::data::Column;
using model::data::Table;
using model::quality::Eda;
using model::quality::QualityFinding;

view::MissingMap missingMap(const Table &table)
{
    view::MissingMap map;
    map.columns = table.columnNames();
    map.totalRows = table.rowCount();
    const qsizetype shown = std::min(table.rowCount(), AnalysisLoader::maxMapRows);
    for (qsizetype i = 0; i < shown; ++i) {
        // Evenly spaced rows, the first and the last included.
        const qsizetype row = shown > 1 ? i * (table.rowCount() - 1) / (shown - 1) : 0;
        map.rows.push_back(row);
        for (const Column &column : table.columns())
            map.missing.push_back(column.isMissing(row) ? 1 : 0);
    }
    return map;
}

QualityFinding::Severity severityOf(const QString &name)
{
    // The store writes severityName(), so every stored name maps back to its severity.
    for (const auto severity : {QualityFinding::Severity::Warning, QualityFinding::Severity::Clean, QualityFinding::Severity::Quarantine})
        if (QualityFinding::severityName(severity) == name)
            return severity;
    return QualityFinding::Severity::Warning;
}

std::vector<QualityFinding> findingsFrom(const QJsonArray &json)
{
    std::vector<QualityFinding> findings;
    for (const QJsonValue &value : json) {
        const QJsonObject o = value.toObject();
        QualityFinding f;
        f.rule = o.value(QStringLiteral("rule")).toString();
        f.column = o.value(QStringLiteral("column")).toString();
        f.value = o.value(QStringLiteral("value")).toDouble();
        f.threshold = o.value(QStringLiteral("threshold")).toDouble();
        f.severity = severityOf(o.value(QStringLiteral("severity")).toString());
        f.message = o.value(QStringLiteral("message")).toString();
        findings.push_back(std::move(f));
    }
    return findings;
}

model::quality::CleaningActions actionsFrom(const QJsonObject &json)
{
    model::quality::CleaningActions a;
    a.rowsIn = qint64(json.value(QStringLiteral("rows_in")).toDouble());
    a.rowsOut = qint64(json.value(QStringLiteral("rows_out")).toDouble());
    a.duplicateRowsDropped = qint64(json.value(QStringLiteral("duplicate_rows_dropped")).toDouble());
    const QJsonObject clipped = json.value(QStringLiteral("values_clipped")).toObject();
    for (auto it = clipped.begin(); it != clipped.end(); ++it)
        a.valuesClipped.insert(it.key(), qint64(it.value().toDouble()));
    for (const QJsonValue &column : json.value(QStringLiteral("columns_dropped")).toArray())
        a.columnsDropped.append(column.toString());
    return a;
}

QStringList numericColumns(const Table &table)
{
    QStringList names;
    for (const Column &column : table.columns())
        if (column.isNumeric())
            names.append(column.name());
    return names;
}

/// The stored schema as a table without rows, so column roles can be told before any batch loads.
Table schemaTable(const std::vector<model::store::RawRowStore::StoredColumn> &stored)
{
    std::vector<Column> columns;
    for (const auto &c : stored)
        columns.push_back(Column::missing(c.name, c.kind, 0));
    return Table(std::move(columns));
}
} // namespace

AnalysisLoader::AnalysisLoader(model::store::Database &database, const model::settings::Settings &settings)
    : m_db(database)
    , m_source(model::settings::SourceSettings::from(settings))
    , m_quality(model::settings::QualitySettings::from(settings))
    , m_drift(model::settings::DriftSettings::from(settings))
    , m_window(std::make_unique<model::pipeline::ReferenceWindow>(database))
{
}

AnalysisLoader::~AnalysisLoader() = default;

void AnalysisLoader::reset()
{
    m_window = std::make_unique<model::pipeline::ReferenceWindow>(m_db);
}

model::data::ColumnRoles AnalysisLoader::roles(const Table &table) const
{
    // A target the store never saw (an empty store, a renamed column) has no column to analyse.
    model::settings::SourceSettings source = m_source;
    if (!table.hasColumn(source.target))
        source.target.clear();
    return model::data::ColumnRoles(source, table);
}

view::QualityOverview AnalysisLoader::qualityOverview() const
{
    view::QualityOverview overview;
    overview.minQualityScore = m_quality.minQualityScore;
    overview.maxMissingShare = m_quality.maxMissingShare;
    QHash<qint64, double> scores;
    for (const auto &quality : model::store::QualityStore(m_db).all())
        scores.insert(quality.batchId, quality.score);
    for (const auto &batch : model::store::BatchStore(m_db).list())
        overview.batches.push_back({batch.id, batch.status, scores.value(batch.id, std::nan(""))});
    const auto stored = model::store::RawRowStore(m_db).columns();
    const model::data::ColumnRoles columnRoles = roles(schemaTable(stored));
    for (const auto &c : stored)
        overview.columns.push_back({c.name, c.kind, model::data::ColumnRoles::roleName(columnRoles.roleOf(c.name))});
    return overview;
}

view::QualityBatchDetail AnalysisLoader::qualityBatch(qint64 batchId)
{
    view::QualityBatchDetail detail;
    detail.batchId = batchId;
    const auto record = model::store::BatchStore(m_db).find(batchId);
    if (!record)
        return detail;
    detail.status = record->status;
    if (const auto quality = model::store::QualityStore(m_db).find(batchId)) {
        detail.score = quality->score;
        detail.findings = findingsFrom(quality->findings);
        detail.actions = actionsFrom(quality->actions);
    }
    const Table batch = m_window->load({batchId});
    detail.missing = missingMap(batch);
    detail.patterns = Eda::missingPatterns(batch);
    detail.correlations = Eda::correlations(batch, numericColumns(batch));
    return detail;
}

view::ColumnAnalysis AnalysisLoader::columnAnalysis(qint64 batchId, const QString &column)
{
    view::ColumnAnalysis analysis;
    analysis.batchId = batchId;
    analysis.column = column;
    const Table batch = m_window->load({batchId});
    const std::vector<qint64> referenceIds = m_window->lastUsable(batchId, m_quality.referenceBatches);
    analysis.distribution = DistributionBuilder::compare(m_window->load(referenceIds), batch, column, referenceIds, batchId);
    analysis.targetRate = targetRate(batch, column);
    analysis.missingShare = model::store::QualityStore(m_db).series(column, QStringLiteral("missing_share"));
    return analysis;
}

std::optional<view::TargetRate> AnalysisLoader::targetRate(const Table &batch, const QString &column) const
{
    const model::data::ColumnRoles columnRoles = roles(batch);
    if (!columnRoles.hasTarget() || column == columnRoles.target() || !batch.hasColumn(column) || !batch.column(column).isCategorical())
        return std::nullopt;
    const Column &target = batch.column(columnRoles.target());
    const Eda::TargetByCategory byCategory = Eda::targetByCategory(batch.column(column), target);
    view::TargetRate rate;
    rate.feature = column;
    rate.target = target.name();
    const qsizetype shown = std::min(byCategory.categories.size(), DistributionBuilder::topCategories);
    rate.categories = byCategory.categories.mid(0, shown);
    rate.rows.assign(byCategory.counts.begin(), byCategory.counts.begin() + shown);
    if (!target.isCategorical()) {
        rate.shares = false;
        rate.series.push_back({tr("mean of %1").arg(target.name()), {byCategory.means.begin(), byCategory.means.begin() + shown}});
        return rate;
    }
    // Rows per label over every category: the most frequent label is left out, the others stack.
    const auto labels = Eigen::Index(byCategory.targetLabels.size());
    Eigen::VectorXd perLabel = Eigen::VectorXd::Zero(labels);
    for (Eigen::Index i = 0; i < byCategory.labelShares.rows(); ++i)
        perLabel += byCategory.labelShares.row(i).transpose() * double(byCategory.counts[size_t(i)]);
    std::vector<Eigen::Index> order(static_cast<size_t>(labels));
    std::iota(order.begin(), order.end(), Eigen::Index(0));
    std::sort(order.begin(), order.end(), [&](Eigen::Index a, Eigen::Index b) { return perLabel(a) > perLabel(b); });
    if (order.empty())
        return rate;
    rate.majorityLabel = byCategory.targetLabels.at(order.front());
    for (size_t k = 1; k < order.size(); ++k) {
        if (perLabel(order[k]) <= 0)
            continue;
        view::TargetRate::Series series{byCategory.targetLabels.at(order[k]), {}};
        for (qsizetype i = 0; i < shown; ++i)
            series.values.push_back(byCategory.labelShares(i, order[k]));
        rate.series.push_back(std::move(series));
    }
    return rate;
}

view::DriftOverview AnalysisLoader::driftOverview() const
{
    view::DriftOverview overview;
    for (const auto &batch : model::store::BatchStore(m_db).list())
        overview.batchIds.push_back(batch.id);
    model::store::DriftStore drifts(m_db);
    overview.verdicts = drifts.all();
    for (auto &result : drifts.results())
        if (result.kind == u"feature" || result.kind == u"target")
            overview.results.push_back(std::move(result));
    overview.datasetDriftShare = m_drift.parameters.datasetDriftShare;
    return overview;
}

view::DistributionComparison AnalysisLoader::driftDistribution(qint64 batchId, const QString &feature)
{
    const auto verdict = model::store::DriftStore(m_db).find(batchId);
    const std::vector<qint64> referenceIds = verdict ? verdict->referenceBatches : std::vector<qint64>{};
    return DistributionBuilder::compare(m_window->load(referenceIds), m_window->load({batchId}), feature, referenceIds, batchId);
}

} // namespace streamml::controller::gui
