#include "view/interpretation_view.h"

#include "view/coefficient_panel.h"
#include "view/explained_row.h"
#include "view/explanation_text.h"
#include "view/importance_panel.h"
#include "view/neighbour_table_model.h"
#include "view/reason_stack.h"
#include "view/result_table_view.h"
#include "view/table_preview_model.h"
#include "view/tree_panel.h"
#include "view/waterfall_plot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace streamml::view {

namespace {
bool showsReason(QWidget *tab)
{
    auto *stack = qobject_cast<ReasonStack *>(tab);
    if (!stack)
        stack = tab->findChild<ReasonStack *>();
    return stack && stack->showsReason();
}
} // namespace

InterpretationView::InterpretationView(QWidget *parent)
    : QWidget(parent)
    , m_versionCombo(new QComboBox(this))
    , m_batchCombo(new QComboBox(this))
    , m_row(new QSpinBox(this))
    , m_rowCount(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new TreePanel(this))
    , m_coefficients(new CoefficientPanel(this))
    , m_waterfall(new WaterfallPlot(this))
    , m_importance(new ImportancePanel(this))
    , m_neighbours(new NeighbourTableModel(this))
    , m_neighbourCaption(new QLabel(this))
    , m_rows(new TablePreviewModel(this))
    , m_rowTable(new ResultTableView(m_rows, QStringLiteral("interpretationRowTable"), this))
{
    m_rowTable->verticalHeader()->setVisible(true);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(createTabs());
    splitter->addWidget(m_rowTable);
    // Proportions only: the splitter scales them to its height.
    splitter->setSizes({820, 180});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSelectors());
    layout->addWidget(splitter, 1);

    connect(m_versionCombo, &QComboBox::currentIndexChanged, this, &InterpretationView::onVersionChosen);
    connect(m_batchCombo, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT batchChosen(selectedBatch()); });
    connect(m_row, &QSpinBox::valueChanged, this, &InterpretationView::announceRow);
    connect(m_rowTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InterpretationView::onRowClicked);
    connect(m_importance, &ImportancePanel::versionClicked, this, &InterpretationView::selectVersion);
    showNoVersion();
}

QWidget *InterpretationView::createSelectors()
{
    m_versionCombo->setObjectName(QStringLiteral("interpretationVersionCombo"));
    m_batchCombo->setObjectName(QStringLiteral("interpretationBatchCombo"));
    m_row->setObjectName(QStringLiteral("interpretationRowSpin"));
    m_summary->setObjectName(QStringLiteral("interpretationSummary"));
    m_versionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_batchCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_row->setToolTip(tr("The row of the batch to explain; a click in the table below chooses one too"));
    // The summary wraps rather than widening the window.
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Version:"), bar));
    layout->addWidget(m_versionCombo);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Batch:"), bar));
    layout->addWidget(m_batchCombo);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Row:"), bar));
    layout->addWidget(m_row);
    layout->addWidget(m_rowCount);
    layout->addSpacing(12);
    layout->addWidget(m_summary, 1);
    return bar;
}

QWidget *InterpretationView::createTabs()
{
    m_tabs->setObjectName(QStringLiteral("interpretationTabs"));
    m_waterfall->setObjectName(QStringLiteral("waterfallPlot"));
    m_importance->setObjectName(QStringLiteral("importancePanel"));
    m_neighbourTable = new ResultTableView(m_neighbours, QStringLiteral("neighbourTable"), this);
    m_neighbourCaption->setObjectName(QStringLiteral("neighbourCaption"));
    m_neighbourCaption->setWordWrap(true);
    auto *neighbours = new QWidget(this);
    auto *layout = new QVBoxLayout(neighbours);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_neighbourCaption);
    layout->addWidget(m_neighbourTable, 1);
    m_neighbourStack = new ReasonStack(neighbours, QStringLiteral("neighbourPanel"), this);
    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(m_coefficients, tr("Coefficients"));
    m_tabs->addTab(m_waterfall, tr("SHAP waterfall"));
    m_tabs->addTab(m_importance, tr("Global importance"));
    m_tabs->addTab(m_neighbourStack, tr("Neighbours"));
    return m_tabs;
}

int InterpretationView::selectedVersion() const
{
    return m_versionCombo->currentIndex() >= 0 ? m_versionCombo->currentData().toInt() : -1;
}

qint64 InterpretationView::selectedBatch() const
{
    return m_batchCombo->currentIndex() >= 0 ? m_batchCombo->currentData().toLongLong() : -1;
}

qsizetype InterpretationView::selectedRow() const
{
    return m_rows->rowCount() > 0 ? qsizetype(m_row->value() - 1) : -1;
}

void InterpretationView::selectVersion(int version)
{
    const int index = m_versionCombo->findData(version);
    if (index >= 0)
        m_versionCombo->setCurrentIndex(index);
}

void InterpretationView::selectBatch(qint64 batchId)
{
    const int index = m_batchCombo->findData(batchId);
    if (index >= 0)
        m_batchCombo->setCurrentIndex(index);
}

void InterpretationView::selectRow(qsizetype row)
{
    if (row >= 0 && row < m_rows->rowCount())
        m_row->setValue(int(row + 1));
}

void InterpretationView::setOverview(InterpretationOverview overview)
{
    const int keepVersion = selectedVersion();
    const qint64 keepBatch = selectedBatch();
    m_overview = std::move(overview);
    fillVersions(keepVersion);
    fillBatches(keepBatch);
    m_importance->setOverview(m_overview);
    if (m_overview.batches.empty()) {
        setBatchRows(-1, {});
        clearRow(tr("No batch stored yet"));
    }
    if (m_overview.versions.empty())
        showNoVersion();
    else
        onVersionChosen();
    if (!m_overview.batches.empty())
        Q_EMIT batchChosen(selectedBatch());
}

void InterpretationView::fillVersions(int keep)
{
    const QSignalBlocker blocker(m_versionCombo);
    m_versionCombo->clear();
    for (const InterpretationOverview::Version &v : m_overview.versions)
        m_versionCombo->addItem(tr("v%1 · %2 (%3, batches %4)").arg(v.version).arg(v.family, v.status, v.trainedOn), v.version);
    int index = m_versionCombo->findData(keep);
    if (index < 0)
        index = m_versionCombo->findData(m_overview.champion);
    m_versionCombo->setCurrentIndex(index >= 0 ? index : m_versionCombo->count() - 1);
}

void InterpretationView::fillBatches(qint64 keep)
{
    const QSignalBlocker blocker(m_batchCombo);
    m_batchCombo->clear();
    for (const InterpretationOverview::Batch &b : m_overview.batches)
        m_batchCombo->addItem(tr("%1 · %2 rows · %3").arg(b.id).arg(QLocale().toString(b.rows), b.status), b.id);
    const int kept = m_batchCombo->findData(keep);
    m_batchCombo->setCurrentIndex(kept >= 0 ? kept : m_batchCombo->count() - 1);
}

void InterpretationView::showNoVersion()
{
    m_version = {};
    const QString none = tr("No model version yet: learning trains one from the first batch with a target.");
    for (ReasonStack *stack : findChildren<ReasonStack *>())
        stack->showReason(none);
    m_importance->setVersion(-1);
    m_waterfall->showMessage(tr("SHAP waterfall"), none);
    m_summary->setText(none);
}

void InterpretationView::onVersionChosen()
{
    const int version = selectedVersion();
    if (version < 0)
        return;
    m_version = {};
    m_summary->setText(tr("Loading v%1…").arg(version));
    clearRow(tr("Explaining v%1…").arg(version));
    m_importance->setVersion(version);
    Q_EMIT versionChosen(version);
}

void InterpretationView::setVersion(const ExplainedVersion &version)
{
    if (version.version != selectedVersion())
        return;
    m_version = version;
    m_tree->setVersion(version);
    m_coefficients->setVersion(version);
    if (version.hasNeighbours)
        m_neighbourStack->showContent();
    else
        m_neighbourStack->showReason(tr("v%1 is a %2 model: only kNN explains a row by its nearest training rows.")
                                         .arg(version.version)
                                         .arg(version.family));
    m_summary->setText(tr("v%1 · %2 · rows explained by %3").arg(version.version).arg(version.family, ExplanationText::method(version.method)));
    bringFamilyTabForward();
}

void InterpretationView::bringFamilyTabForward()
{
    if (!showsReason(m_tabs->currentWidget()))
        return;
    QWidget *own = m_version.tree ? static_cast<QWidget *>(m_tree)
                   : m_version.coefficients ? static_cast<QWidget *>(m_coefficients)
                   : m_version.hasNeighbours ? static_cast<QWidget *>(m_neighbourStack)
                                             : static_cast<QWidget *>(m_waterfall);
    m_tabs->setCurrentWidget(own);
}

void InterpretationView::showFailure(const QString &message)
{
    m_summary->setText(message);
    clearRow(message);
    for (ReasonStack *stack : findChildren<ReasonStack *>())
        stack->showReason(message);
}

void InterpretationView::setBatchRows(qint64 batchId, model::data::Table rows)
{
    if (batchId != selectedBatch())
        return;
    const qsizetype keep = selectedRow();
    m_rows->setTable(std::move(rows));
    const int count = m_rows->rowCount();
    {
        const QSignalBlocker blocker(m_row);
        m_row->setRange(count > 0 ? 1 : 0, count);
        m_row->setValue(keep >= 0 && keep < count ? int(keep + 1) : 1);
    }
    m_rowCount->setText(tr("of %1").arg(QLocale().toString(count)));
    announceRow();
}

void InterpretationView::onRowClicked()
{
    const QModelIndexList rows = m_rowTable->selectionModel()->selectedRows();
    if (!rows.isEmpty() && rows.first().row() != selectedRow())
        m_row->setValue(rows.first().row() + 1);
}

void InterpretationView::announceRow()
{
    const qsizetype row = selectedRow();
    if (row < 0)
        return;
    {
        const QSignalBlocker blocker(m_rowTable->selectionModel());
        m_rowTable->selectRow(int(row));
        m_rowTable->scrollTo(m_rows->index(int(row), 0));
    }
    if (selectedVersion() < 0)
        return;
    clearRow(tr("Explaining row %1 of batch %2…").arg(row + 1).arg(selectedBatch()));
    Q_EMIT rowChosen(selectedBatch(), row);
}

void InterpretationView::clearRow(const QString &message)
{
    m_waterfall->showMessage(tr("SHAP waterfall"), message);
    m_neighbours->setNeighbours({});
    m_neighbourCaption->setText(message);
    m_tree->clearRow();
}

void InterpretationView::showNeighbours(const ExplainedRow &row)
{
    m_neighbours->setNeighbours(row.explanation.neighbours);
    const bool batches = m_neighbours->hasBatches();
    m_neighbourTable->setColumnHidden(NeighbourTableModel::batchColumn(), !batches);
    m_neighbourCaption->setText(tr("The training rows nearest to row %1 of batch %2 (k = %3), by distance between their prepared design rows%4.")
                                    .arg(row.row + 1)
                                    .arg(row.batchId)
                                    .arg(row.explanation.neighbours.size())
                                    .arg(batches ? QString() : tr("; this model did not record which batch each training row came from")));
}

void InterpretationView::setRow(const ExplainedRow &row)
{
    if (row.version != selectedVersion() || row.batchId != selectedBatch() || row.row != selectedRow())
        return;
    const auto &w = row.explanation.waterfall;
    const QString scale = ExplanationText::scale(w.scale, w.output);
    const QString method = ExplanationText::method(row.explanation.inputs.method);
    m_waterfall->setWaterfall(w, tr("Why v%1 gives row %2 of batch %3 its output").arg(row.version).arg(row.row + 1).arg(row.batchId), scale, method);
    m_tree->setRow(row);
    showNeighbours(row);
    m_summary->setText(tr("Row %1 of batch %2: %3 %4 (base %5) · %6")
                           .arg(row.row + 1)
                           .arg(row.batchId)
                           .arg(scale, QString::number(w.prediction, 'g', 4), QString::number(w.base, 'g', 4), method));
}

} // namespace streamml::view
