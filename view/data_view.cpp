#include "view/data_view.h"

#include "view/batch_table_model.h"
#include "view/profile_table_model.h"
#include "view/table_preview_model.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace streamml::view {

namespace {
QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setDefaultSectionSize(22);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

DataView::DataView(QWidget *parent)
    : QWidget(parent)
    , m_batches(new BatchTableModel(this))
    , m_profiles(new ProfileTableModel(this))
    , m_preview(new TablePreviewModel(this))
{
    m_batchTable = makeTable(m_batches, QStringLiteral("batchTable"), this);
    m_summary = new QLabel(tr("No batch stored yet: use \"Ingest next batch\"."), this);
    m_detailTitle = new QLabel(this);
    m_detailTitle->setStyleSheet(QStringLiteral("font-weight: bold"));

    auto *tabs = new QTabWidget(this);
    m_profileTable = makeTable(m_profiles, QStringLiteral("profileTable"), tabs);
    m_previewTable = makeTable(m_preview, QStringLiteral("previewTable"), tabs);
    tabs->addTab(m_profileTable, tr("Meta-parameters"));
    tabs->addTab(m_previewTable, tr("Raw rows"));

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_detailTitle);
    bottomLayout->addWidget(tabs);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_batchTable);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_batchTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DataView::onSelectionChanged);
}

void DataView::setBatches(std::vector<model::store::BatchRecord> batches)
{
    const qint64 selected = selectedBatch();
    qint64 rows = 0;
    for (const auto &b : batches)
        rows += b.rows;
    m_summary->setText(batches.empty() ? tr("No batch stored yet: use \"Ingest next batch\".")
                                       : tr("%n batch(es), %1 rows stored", nullptr, int(batches.size())).arg(rows));
    m_batches->setBatches(std::move(batches));
    m_batchTable->resizeColumnsToContents();
    if (selected > 0)
        selectBatch(selected);
}

void DataView::setBatchDetail(qint64 batchId, std::vector<model::data::ColumnProfile> profiles,
                              model::data::Table preview, qint64 totalRows)
{
    m_detailTitle->setText(tr("Batch %1: first %2 of %3 rows").arg(batchId).arg(preview.rowCount()).arg(totalRows));
    m_profiles->setProfiles(std::move(profiles));
    m_preview->setTable(std::move(preview));
    m_profileTable->resizeColumnsToContents();
    m_previewTable->resizeColumnsToContents();
}

qint64 DataView::selectedBatch() const
{
    const QModelIndexList rows = m_batchTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const model::store::BatchRecord *batch = m_batches->batchAt(rows.first().row());
    return batch ? batch->id : -1;
}

void DataView::selectBatch(qint64 batchId)
{
    for (int row = 0; row < m_batches->rowCount(); ++row) {
        if (m_batches->batchAt(row)->id == batchId) {
            m_batchTable->selectRow(row);
            return;
        }
    }
}

void DataView::onSelectionChanged()
{
    const qint64 id = selectedBatch();
    if (id > 0)
        Q_EMIT batchSelected(id);
}

} // namespace streamml::view
