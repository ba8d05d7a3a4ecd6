#include "view/models_view.h"

#include "view/audit_table_model.h"
#include "view/hyperparameter_plot.h"
#include "view/performance_plot.h"
#include "view/result_table_view.h"
#include "view/version_score_plot.h"
#include "view/version_table_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

namespace streamml::view {

namespace {
/// Widest a table column gets; the tooltips show what does not fit.
constexpr int widestColumn = 220;

QString versionName(int version)
{
    return version < 0 ? QStringLiteral("none") : QStringLiteral("v%1").arg(version);
}

/// Sizes all but the last column to their contents (bold rows included); the last takes the rest.
void fitColumns(QTableView &table, int widest)
{
    QHeaderView *header = table.horizontalHeader();
    for (int c = 0; c + 1 < header->count(); ++c) {
        table.resizeColumnToContents(c);
        header->resizeSection(c, std::min(header->sectionSize(c), widest));
    }
}
} // namespace

ModelsView::ModelsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_promote(new QPushButton(tr("Promote to champion"), this))
    , m_rollback(new QPushButton(tr("Roll back to this version"), this))
    , m_versions(new VersionTableModel(this))
    , m_versionTable(new ResultTableView(m_versions, QStringLiteral("versionTable"), this))
    , m_scores(new VersionScorePlot(this))
    , m_hyperparameters(new HyperparameterPlot(this))
    , m_performance(new PerformancePlot(this))
    , m_audit(new AuditTableModel(this))
    , m_auditTable(new ResultTableView(m_audit, QStringLiteral("auditTable"), this))
{
    m_scores->setObjectName(QStringLiteral("versionScorePlot"));
    m_hyperparameters->setObjectName(QStringLiteral("hyperparameterPlot"));
    m_performance->setObjectName(QStringLiteral("performancePlot"));
    auto *plots = new QSplitter(Qt::Horizontal, this);
    plots->addWidget(m_scores);
    plots->addWidget(m_hyperparameters);
    plots->addWidget(m_performance);
    // Proportions only: the splitter scales them to its size.
    plots->setSizes({420, 330, 330});
    auto *body = new QSplitter(Qt::Vertical, this);
    body->addWidget(m_versionTable);
    body->addWidget(plots);
    body->addWidget(createAudit());
    body->setSizes({270, 420, 250});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createActions());
    layout->addWidget(body, 1);

    connect(m_versionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ModelsView::onVersionChosen);
    connect(m_auditTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ModelsView::onEventChosen);
    connect(m_scores, &VersionScorePlot::versionClicked, this, &ModelsView::selectVersion);
    connect(m_promote, &QPushButton::clicked, this, [this] { Q_EMIT promoteRequested(selectedVersion()); });
    connect(m_rollback, &QPushButton::clicked, this, [this] { Q_EMIT rollbackRequested(selectedVersion()); });
    setOverview({});
}

QWidget *ModelsView::createActions()
{
    m_summary->setObjectName(QStringLiteral("modelsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_promote->setObjectName(QStringLiteral("promoteButton"));
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(new QLabel(tr("Chosen version:"), bar));
    layout->addWidget(m_promote);
    layout->addWidget(m_rollback);
    return bar;
}

QWidget *ModelsView::createAudit()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(new QLabel(tr("<b>Audit trail</b>: why the champion changed or stayed (newest first; "
                                    "the chosen version's events in bold)"), box));
    layout->addWidget(m_auditTable, 1);
    return box;
}

QString ModelsView::summary() const
{
    if (m_overview.versions.empty())
        return tr("No model yet: the first batch with a target trains one");
    return tr("%n version(s); champion %1, challenger %2, fallback %3; primary metric %4", nullptr, int(m_overview.versions.size()))
        .arg(versionName(m_overview.champion), versionName(m_overview.challenger), versionName(m_overview.fallback), m_overview.metric);
}

void ModelsView::setOverview(ModelsOverview overview)
{
    const int keep = selectedVersion();
    m_overview = std::move(overview);
    m_summary->setText(summary());
    m_versions->setOverview(m_overview);
    fitColumns(*m_versionTable, widestColumn);
    m_audit->setEvents(m_overview.events);
    m_scores->setOverview(m_overview);
    m_hyperparameters->setSearches(m_overview.searches, m_overview.batchIds);
    m_performance->setLearning(m_overview.learning);
    const int version = m_overview.find(keep) ? keep : m_overview.champion;
    if (m_versions->rowOf(version) >= 0)
        selectVersion(version);
    else
        onVersionChosen();
}

void ModelsView::selectVersion(int version)
{
    const int row = m_versions->rowOf(version);
    if (row >= 0)
        m_versionTable->selectRow(row);
}

int ModelsView::selectedVersion() const
{
    const QModelIndexList rows = m_versionTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_versions->versionAt(rows.first().row());
}

void ModelsView::onVersionChosen()
{
    const int version = selectedVersion();
    const ModelsOverview::Version *chosen = m_overview.find(version);
    m_scores->highlight(version);
    m_audit->setHighlightedVersion(version);
    fitColumns(*m_auditTable, widestColumn);
    if (const int row = m_audit->newestRowOf(version); row >= 0)
        m_auditTable->scrollTo(m_audit->index(row, 0), QAbstractItemView::PositionAtTop);
    // The batch a version was trained up to is the batch that made it.
    const qint64 made = chosen && !chosen->entry.trainedOn.empty() ? chosen->entry.trainedOn.back() : -1;
    m_hyperparameters->setCurrentBatch(made);
    m_performance->setCurrentBatch(made);
    updateActions(chosen);
}

void ModelsView::onEventChosen()
{
    const QModelIndexList rows = m_auditTable->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        selectVersion(m_audit->versionAt(rows.first().row()));
}

void ModelsView::updateActions(const ModelsOverview::Version *version)
{
    const int champion = m_overview.champion;
    QString promoteWhy;
    QString rollbackWhy;
    if (!version) {
        promoteWhy = rollbackWhy = tr("Choose a version in the table");
    } else if (version->entry.origin == u"fallback") {
        promoteWhy = rollbackWhy = tr("v%1 is a fallback model: it answers only the rows the champion should not").arg(version->entry.version);
    } else if (version->entry.version == champion) {
        promoteWhy = rollbackWhy = tr("v%1 is the champion already").arg(champion);
    } else if (champion >= 0 && version->entry.version < champion) {
        promoteWhy = tr("v%1 is older than the champion v%2: roll back to it instead").arg(version->entry.version).arg(champion);
    } else {
        rollbackWhy = champion < 0 ? tr("There is no champion to roll back from")
                                   : tr("v%1 is newer than the champion v%2: promote it instead").arg(version->entry.version).arg(champion);
    }
    m_promote->setEnabled(promoteWhy.isEmpty());
    m_rollback->setEnabled(rollbackWhy.isEmpty());
    m_promote->setToolTip(promoteWhy.isEmpty() ? tr("Make v%1 the champion; asks why, for the audit trail").arg(version->entry.version) : promoteWhy);
    m_rollback->setToolTip(rollbackWhy.isEmpty() ? tr("Make the older v%1 the champion again; asks why, for the audit trail").arg(version->entry.version)
                                                 : rollbackWhy);
}

} // namespace streamml::view
