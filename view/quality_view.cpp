#include "view/quality_view.h"

#include "view/column_analysis.h"
#include "view/column_panel.h"
#include "view/correlation_panel.h"
#include "view/findings_panel.h"
#include "view/missing_values_panel.h"
#include "view/quality_batch_detail.h"
#include "view/timeline.h"
#include "view/timeline_plot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace streamml::view {

namespace {
const QString quarantined = QStringLiteral("quarantined");
}

QualityView::QualityView(QWidget *parent)
    : QWidget(parent)
    , m_batch(new QComboBox(this))
    , m_column(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_release(new QPushButton(tr("Release from quarantine"), this))
    , m_tabs(new QTabWidget(this))
    , m_columnPanel(new ColumnPanel(this))
    , m_missing(new MissingValuesPanel(this))
    , m_correlations(new CorrelationPanel(this))
    , m_score(new TimelinePlot(this))
    , m_missingShare(new TimelinePlot(this))
    , m_findings(new FindingsPanel(this))
{
    m_tabs->setObjectName(QStringLiteral("qualityTabs"));
    m_tabs->addTab(m_columnPanel, tr("Distribution"));
    m_tabs->addTab(m_missing, tr("Missing values"));
    m_tabs->addTab(m_correlations, tr("Correlations"));
    m_tabs->addTab(m_findings, tr("Failed rules"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(createTimelines());
    // Proportions only: the splitter scales them to its height.
    splitter->setSizes({650, 350});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSelectors());
    layout->addWidget(splitter, 1);

    connect(m_batch, &QComboBox::currentIndexChanged, this, &QualityView::onBatchChosen);
    connect(m_column, &QComboBox::currentIndexChanged, this, &QualityView::onColumnChosen);
    connect(m_release, &QPushButton::clicked, this, [this] { Q_EMIT releaseRequested(selectedBatch()); });
    showEmpty();
}

QWidget *QualityView::createSelectors()
{
    m_batch->setObjectName(QStringLiteral("qualityBatchCombo"));
    m_column->setObjectName(QStringLiteral("qualityColumnCombo"));
    m_release->setObjectName(QStringLiteral("releaseButton"));
    m_release->setToolTip(tr("Let learning use this batch again"));
    m_status->setObjectName(QStringLiteral("qualityStatusLabel"));
    m_batch->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Batch:"), bar));
    layout->addWidget(m_batch);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Column:"), bar));
    layout->addWidget(m_column);
    layout->addSpacing(12);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_release);
    return bar;
}

QWidget *QualityView::createTimelines()
{
    m_score->setObjectName(QStringLiteral("scoreTimeline"));
    m_missingShare->setObjectName(QStringLiteral("missingShareTimeline"));
    auto *timelines = new QSplitter(Qt::Horizontal, this);
    timelines->addWidget(m_score);
    timelines->addWidget(m_missingShare);
    return timelines;
}

void QualityView::showEmpty()
{
    const QString none = tr("No batch stored yet");
    m_status->setText(none);
    m_release->setEnabled(false);
    m_columnPanel->showMessage(none);
    m_missing->showMessage(none);
    m_correlations->showMessage(none);
    m_score->showMessage(tr("Quality score"), none);
    m_missingShare->showMessage(tr("Missing share"), none);
    m_findings->clear();
}

void QualityView::setOverview(QualityOverview overview)
{
    const qint64 keepBatch = selectedBatch();
    const QString keepColumn = selectedColumn();
    m_overview = std::move(overview);
    fillBatches(keepBatch);
    fillColumns(keepColumn);
    if (m_overview.batches.empty()) {
        showEmpty();
        return;
    }
    m_score->setTimeline(scoreTimeline());
    onBatchChosen();
}

void QualityView::fillBatches(qint64 keep)
{
    const QSignalBlocker blocker(m_batch);
    m_batch->clear();
    for (const QualityOverview::Batch &b : m_overview.batches)
        m_batch->addItem(tr("%1 (%2)").arg(b.id).arg(b.status), b.id);
    const int kept = m_batch->findData(keep);
    m_batch->setCurrentIndex(kept >= 0 ? kept : m_batch->count() - 1);
}

void QualityView::fillColumns(const QString &keep)
{
    const QSignalBlocker blocker(m_column);
    m_column->clear();
    int firstFeature = -1;
    for (const QualityOverview::ColumnInfo &c : m_overview.columns) {
        m_column->addItem(tr("%1 (%2, %3)").arg(c.name, c.role, model::data::Column::kindName(c.kind)), c.name);
        if (firstFeature < 0 && c.role == u"feature")
            firstFeature = m_column->count() - 1;
    }
    const int kept = m_column->findData(keep);
    m_column->setCurrentIndex(kept >= 0 ? kept : std::max(firstFeature, 0));
}

qint64 QualityView::selectedBatch() const
{
    return m_batch->currentIndex() >= 0 ? m_batch->currentData().toLongLong() : -1;
}

QString QualityView::selectedColumn() const
{
    return m_column->currentData().toString();
}

void QualityView::selectBatch(qint64 batchId)
{
    const int index = m_batch->findData(batchId);
    if (index >= 0)
        m_batch->setCurrentIndex(index);
}

void QualityView::selectColumn(const QString &column)
{
    const int index = m_column->findData(column);
    if (index >= 0)
        m_column->setCurrentIndex(index);
}

const QualityOverview::Batch *QualityView::batch(qint64 id) const
{
    for (const QualityOverview::Batch &b : m_overview.batches)
        if (b.id == id)
            return &b;
    return nullptr;
}

void QualityView::onBatchChosen()
{
    const qint64 id = selectedBatch();
    const QualityOverview::Batch *chosen = batch(id);
    if (!chosen)
        return;
    m_release->setEnabled(chosen->status == quarantined);
    m_status->setText(std::isnan(chosen->score) ? tr("Batch %1: %2").arg(id).arg(chosen->status)
                                                : tr("Batch %1: %2, quality score %3").arg(id).arg(chosen->status).arg(chosen->score, 0, 'f', 1));
    m_score->setCurrentBatch(id);
    Q_EMIT batchSelected(id);
    onColumnChosen();
}

void QualityView::onColumnChosen()
{
    if (selectedBatch() >= 0 && !selectedColumn().isEmpty())
        Q_EMIT columnSelected(selectedBatch(), selectedColumn());
}

void QualityView::setBatchDetail(const QualityBatchDetail &detail)
{
    if (detail.batchId != selectedBatch())
        return;
    m_missing->setBatch(detail);
    m_correlations->setCorrelations(detail.batchId, detail.correlations);
    m_findings->setBatch(detail);
    m_tabs->setTabText(m_tabs->indexOf(m_findings), tr("Failed rules (%1)").arg(detail.findings.size()));
}

void QualityView::setColumnAnalysis(const ColumnAnalysis &analysis)
{
    if (analysis.batchId != selectedBatch() || analysis.column != selectedColumn())
        return;
    m_columnPanel->setAnalysis(analysis);
    m_missingShare->setTimeline(missingTimeline(analysis));
    m_missingShare->setCurrentBatch(analysis.batchId);
}

Timeline QualityView::scoreTimeline() const
{
    Timeline t;
    t.title = tr("Quality score over the stream");
    t.valueTitle = tr("score (0-100)");
    t.seriesLabel = tr("score");
    t.flaggedLabel = tr("quarantined");
    t.threshold = m_overview.minQualityScore;
    t.thresholdLabel = tr("min_quality_score (%1)").arg(m_overview.minQualityScore);
    t.high = 105;
    for (const QualityOverview::Batch &b : m_overview.batches) {
        t.batches.push_back(double(b.id));
        t.values.push_back(b.score);
        t.flagged.push_back(b.status == quarantined);
    }
    return t;
}

Timeline QualityView::missingTimeline(const ColumnAnalysis &analysis) const
{
    Timeline t;
    t.title = tr("Missing share of %1 over the stream").arg(analysis.column);
    t.valueTitle = tr("share of rows");
    t.seriesLabel = tr("missing share");
    t.flaggedLabel = tr("above threshold");
    t.threshold = m_overview.maxMissingShare;
    t.thresholdLabel = tr("max_missing_share (%1)").arg(m_overview.maxMissingShare);
    for (const QualityOverview::Batch &b : m_overview.batches) {
        const double share = analysis.missingShare.value(b.id, std::nan(""));
        t.batches.push_back(double(b.id));
        t.values.push_back(share);
        t.flagged.push_back(share > m_overview.maxMissingShare);
    }
    return t;
}

} // namespace streamml::view
