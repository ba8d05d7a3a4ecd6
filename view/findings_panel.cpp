#include "view/findings_panel.h"

#include "view/finding_table_model.h"
#include "view/quality_batch_detail.h"
#include "view/result_table_view.h"

#include <QLabel>
#include <QVBoxLayout>

namespace streamml::view {

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_findings(new FindingTableModel(this))
    , m_actions(new QLabel(this))
{
    m_title->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_actions->setObjectName(QStringLiteral("cleaningLabel"));
    m_actions->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(new ResultTableView(m_findings, QStringLiteral("findingTable"), this), 1);
    layout->addWidget(m_actions);
}

QString FindingsPanel::cleaningText(const QualityBatchDetail &detail)
{
    if (detail.status == u"quarantined")
        return tr("Cleaning: none, the batch is quarantined and kept out of learning.");
    const model::quality::CleaningActions &a = detail.actions;
    const QString rows = tr("%1 rows in, %2 out").arg(a.rowsIn).arg(a.rowsOut);
    return a.changedAnything() ? tr("Cleaning: %1; %2.").arg(rows, a.describe()) : tr("Cleaning: %1; nothing changed.").arg(rows);
}

void FindingsPanel::setBatch(const QualityBatchDetail &detail)
{
    const auto failed = int(detail.findings.size());
    const QString score = std::isnan(detail.score) ? tr("no quality score") : tr("quality score %1").arg(detail.score, 0, 'f', 1);
    m_title->setText(failed == 0 ? tr("Batch %1 passed every rule (%2)").arg(detail.batchId).arg(score)
                                 : tr("Batch %1 failed %2 rule(s) (%3)").arg(detail.batchId).arg(failed).arg(score));
    m_findings->setFindings(detail.findings);
    m_actions->setText(cleaningText(detail));
}

void FindingsPanel::clear()
{
    m_title->setText(tr("Failed rules"));
    m_findings->setFindings({});
    m_actions->clear();
}

} // namespace streamml::view
