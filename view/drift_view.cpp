#include "view/drift_view.h"

#include "view/distribution_comparison.h"
#include "view/distribution_plot.h"
#include "view/drift_test_table_model.h"
#include "view/heatmap_data.h"
#include "view/heatmap_plot.h"
#include "view/result_table_view.h"
#include "view/timeline.h"
#include "view/timeline_plot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

namespace streamml::view {

namespace {
using model::store::DriftStore;

/// Smallest top of the colour scale, so a calm stream is not painted as if it drifted.
constexpr double minimumScaleTop = 0.2;

QSplitter *pair(Qt::Orientation orientation, QWidget *first, QWidget *second, int firstShare, int secondShare)
{
    auto *splitter = new QSplitter(orientation);
    splitter->addWidget(first);
    splitter->addWidget(second);
    // Proportions only: the splitter scales them to its size.
    splitter->setSizes({firstShare, secondShare});
    return splitter;
}

QString batchList(const std::vector<qint64> &ids)
{
    QStringList names;
    for (qint64 id : ids)
        names.append(QString::number(id));
    return names.join(QStringLiteral(", "));
}
} // namespace

DriftView::DriftView(QWidget *parent)
    : QWidget(parent)
    , m_batch(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_heatmap(new HeatmapPlot(this))
    , m_share(new TimelinePlot(this))
    , m_tests(new DriftTestTableModel(this))
    , m_table(new ResultTableView(m_tests, QStringLiteral("driftTestTable"), this))
    , m_distribution(new DistributionPlot(this))
{
    m_heatmap->setObjectName(QStringLiteral("driftHeatmap"));
    m_share->setObjectName(QStringLiteral("driftShareTimeline"));
    m_distribution->setObjectName(QStringLiteral("driftDistributionPlot"));
    auto *top = pair(Qt::Horizontal, m_heatmap, m_share, 600, 400);
    auto *bottom = pair(Qt::Horizontal, m_table, m_distribution, 550, 450);
    auto *body = pair(Qt::Vertical, top, bottom, 450, 550);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSelectors());
    layout->addWidget(body, 1);

    connect(m_batch, &QComboBox::currentIndexChanged, this, &DriftView::onBatchChosen);
    connect(m_heatmap, &HeatmapPlot::cellClicked, this, &DriftView::onCellClicked);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DriftView::onRowSelected);
    showEmpty();
}

QWidget *DriftView::createSelectors()
{
    m_batch->setObjectName(QStringLiteral("driftBatchCombo"));
    m_summary->setObjectName(QStringLiteral("driftSummaryLabel"));
    // A long list of reference batches wraps instead of widening the window.
    m_summary->setWordWrap(true);
    m_batch->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Batch:"), bar));
    layout->addWidget(m_batch);
    layout->addSpacing(12);
    layout->addWidget(m_summary, 1);
    layout->addWidget(new QLabel(tr("Click a cell or a row for the feature's distributions."), bar));
    return bar;
}

void DriftView::showEmpty()
{
    const QString none = tr("No batch has a reference yet: drift is tested from the second batch on");
    m_summary->setText(none);
    m_heatmap->showMessage(tr("Drift effect per feature and batch"), none);
    m_share->showMessage(tr("Share of drifted features"), none);
    m_distribution->showMessage(tr("Choose a batch and a feature"));
    m_tests->setResults({});
    m_tableBatch = -1;
}

const DriftStore::BatchDrift *DriftView::verdict(qint64 batchId) const
{
    for (const DriftStore::BatchDrift &v : m_overview.verdicts)
        if (v.batchId == batchId)
            return &v;
    return nullptr;
}

void DriftView::setOverview(DriftOverview overview)
{
    const qint64 keepBatch = selectedBatch();
    m_overview = std::move(overview);
    m_tableBatch = -1;
    {
        const QSignalBlocker blocker(m_batch);
        m_batch->clear();
        for (const DriftStore::BatchDrift &v : m_overview.verdicts)
            m_batch->addItem(v.datasetDrift ? tr("%1 (dataset drift)").arg(v.batchId) : QString::number(v.batchId), v.batchId);
    }
    if (m_overview.verdicts.empty()) {
        showEmpty();
        return;
    }
    m_heatmap->setData(heatmap());
    m_share->setTimeline(shareTimeline());
    const qint64 batchId = verdict(keepBatch) ? keepBatch : m_overview.verdicts.back().batchId;
    select(batchId, m_feature);
}

qint64 DriftView::selectedBatch() const
{
    return m_batch->currentIndex() >= 0 ? m_batch->currentData().toLongLong() : -1;
}

QString DriftView::defaultFeature(qint64 batchId) const
{
    const DriftStore::BatchDrift *v = verdict(batchId);
    if (v && !v->driftedFeatures.isEmpty())
        return v->driftedFeatures.front();
    for (const DriftStore::Result &r : m_overview.results)
        if (r.batchId == batchId)
            return r.drift.feature;
    return {};
}

void DriftView::select(qint64 batchId, const QString &feature)
{
    if (!verdict(batchId))
        return;
    {
        const QSignalBlocker blocker(m_batch);
        m_batch->setCurrentIndex(m_batch->findData(batchId));
    }
    if (batchId != m_tableBatch)
        showBatch(batchId);
    // A feature the batch did not test (a column new since) falls back to the batch's first finding.
    m_feature = m_tests->rowOf(feature) >= 0 ? feature : defaultFeature(batchId);
    const int row = m_tests->rowOf(m_feature);
    m_table->selectRow(row);
    m_heatmap->highlight(int(std::find(m_overview.batchIds.begin(), m_overview.batchIds.end(), batchId) - m_overview.batchIds.begin()),
                         int(m_rowFeatures.indexOf(m_feature)));
    m_share->setCurrentBatch(batchId);
    Q_EMIT featureSelected(batchId, m_feature);
}

void DriftView::showBatch(qint64 batchId)
{
    std::vector<DriftStore::Result> results;
    for (const DriftStore::Result &r : m_overview.results)
        if (r.batchId == batchId)
            results.push_back(r);
    m_tests->setResults(std::move(results));
    m_tableBatch = batchId;
    const DriftStore::BatchDrift *v = verdict(batchId);
    m_summary->setText(tr("Batch %1 against batches %2 (%3 rows): %4 of %5 features drifted (%6 %)%7")
                           .arg(batchId)
                           .arg(batchList(v->referenceBatches))
                           .arg(QLocale().toString(v->referenceRows))
                           .arg(v->driftedCount)
                           .arg(v->featuresTested)
                           .arg(100.0 * v->driftShare, 0, 'f', 0)
                           .arg(v->datasetDrift ? tr(": dataset drift") : QString()));
}

void DriftView::onBatchChosen()
{
    select(selectedBatch(), m_feature);
}

void DriftView::onCellClicked(int column, int row)
{
    if (column < int(m_overview.batchIds.size()) && row < m_rowFeatures.size())
        select(m_overview.batchIds[size_t(column)], m_rowFeatures.at(row));
}

void DriftView::onRowSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString feature = m_tests->featureAt(rows.first().row());
    // select() itself moves the row selection; only a user's choice of another row goes on.
    if (feature != m_feature)
        select(selectedBatch(), feature);
}

void DriftView::setDistribution(const DistributionComparison &comparison)
{
    if (comparison.column == m_feature)
        m_distribution->setComparison(comparison);
}

HeatmapData DriftView::heatmap()
{
    QStringList features;
    QStringList targets;
    for (const DriftStore::Result &r : m_overview.results)
        (r.kind == u"feature" ? features : targets).append(r.drift.feature);
    features.removeDuplicates();
    features.sort();
    targets.removeDuplicates();
    // Rows run bottom to top: the target at the bottom, the features above it in alphabetical order.
    m_rowFeatures = targets;
    HeatmapData cells;
    for (const QString &target : targets)
        cells.yLabels.append(tr("%1 (target)").arg(target));
    for (qsizetype i = features.size() - 1; i >= 0; --i) {
        m_rowFeatures.append(features.at(i));
        cells.yLabels.append(features.at(i));
    }
    cells.values.setConstant(Eigen::Index(m_rowFeatures.size()), Eigen::Index(m_overview.batchIds.size()), std::nan(""));
    for (qint64 id : m_overview.batchIds)
        cells.xLabels.append(QString::number(id));
    double top = minimumScaleTop;
    for (const DriftStore::Result &r : m_overview.results) {
        const auto x = std::find(m_overview.batchIds.begin(), m_overview.batchIds.end(), r.batchId) - m_overview.batchIds.begin();
        const auto y = m_rowFeatures.indexOf(r.drift.feature);
        if (x >= qsizetype(m_overview.batchIds.size()) || y < 0)
            continue;
        cells.values(y, x) = r.drift.result.effect;
        if (!std::isnan(r.drift.result.effect))
            top = std::max(top, r.drift.result.effect);
        if (r.drift.drifted)
            cells.marked.emplace_back(int(x), int(y));
    }
    cells.high = top;
    cells.palette = HeatmapData::Palette::Sequential;
    cells.title = tr("Drift effect per feature and batch (grey: not tested)");
    cells.xTitle = tr("batch");
    cells.scaleTitle = tr("effect");
    cells.markLabel = tr("drifted");
    return cells;
}

Timeline DriftView::shareTimeline() const
{
    Timeline t;
    t.title = tr("Share of drifted features over the stream");
    t.valueTitle = tr("drifted share");
    t.seriesLabel = tr("share");
    t.flaggedLabel = tr("dataset drift");
    t.threshold = m_overview.datasetDriftShare;
    t.thresholdLabel = tr("threshold (%1)").arg(m_overview.datasetDriftShare);
    t.high = 1.05;
    for (const DriftStore::BatchDrift &v : m_overview.verdicts) {
        t.batches.push_back(double(v.batchId));
        // A batch with no testable feature (a quarantined, all-missing one) has no share, not a zero one.
        t.values.push_back(v.featuresTested > 0 ? v.driftShare : std::nan(""));
        t.flagged.push_back(v.datasetDrift);
    }
    return t;
}

} // namespace streamml::view
