#pragma once

#include "view/models_overview.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace streamml::view {

class AuditTableModel;
class HyperparameterPlot;
class PerformancePlot;
class VersionScorePlot;
class VersionTableModel;

/// The Models view: the registry with the champion and challenger marked, every version's score over
/// the stream, the hyper-parameters searches chose, what learning cost, and the audit trail of every
/// promotion, refusal and rollback; a chosen version can be made champion or rolled back to.
class ModelsView : public QWidget
{
    Q_OBJECT
public:
    explicit ModelsView(QWidget *parent = nullptr);

    /// Shows the registry, keeping the chosen version when it still exists (the champion otherwise).
    void setOverview(ModelsOverview overview);
    void selectVersion(int version);
    int selectedVersion() const;

Q_SIGNALS:
    void promoteRequested(int version);
    void rollbackRequested(int version);

private:
    QWidget *createActions();
    QWidget *createAudit();
    void onVersionChosen();
    void onEventChosen();
    void updateActions(const ModelsOverview::Version *version);
    QString summary() const;

    ModelsOverview m_overview;
    QLabel *m_summary;
    QPushButton *m_promote;
    QPushButton *m_rollback;
    VersionTableModel *m_versions;
    QTableView *m_versionTable;
    VersionScorePlot *m_scores;
    HyperparameterPlot *m_hyperparameters;
    PerformancePlot *m_performance;
    AuditTableModel *m_audit;
    QTableView *m_auditTable;
};

} // namespace streamml::view
