#pragma once

#include "model/data/table.h"
#include "view/explained_version.h"
#include "view/interpretation_overview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace streamml::view {

class CoefficientPanel;
class ImportancePanel;
class NeighbourTableModel;
class ReasonStack;
class TablePreviewModel;
class TreePanel;
class WaterfallPlot;
struct ExplainedRow;

/// The Interpretation view: for a chosen model version (the champion by default) and a chosen row of
/// a batch (the newest by default), the version's tree or coefficients, the row's SHAP waterfall and
/// its nearest training rows, and the version's global importance and its change over versions.
class InterpretationView : public QWidget
{
    Q_OBJECT
public:
    explicit InterpretationView(QWidget *parent = nullptr);

    /// Lists versions and batches, keeping the choice when it still exists (else the champion and the
    /// newest batch), and announces both.
    void setOverview(InterpretationOverview overview);
    /// Shows what the chosen version explains whatever the row; ignored for another version.
    void setVersion(const ExplainedVersion &version);
    /// Lists the chosen batch's rows, keeping the row number when the batch has it (else the first),
    /// and announces the row; ignored for another batch.
    void setBatchRows(qint64 batchId, model::data::Table rows);
    /// Shows one row's explanation; ignored unless it is of the chosen version, batch and row.
    void setRow(const ExplainedRow &row);
    /// Says that the chosen version could not be explained.
    void showFailure(const QString &message);

    int selectedVersion() const;
    qint64 selectedBatch() const;
    /// The chosen row's index in its batch (0 for the first); -1 when there is none.
    qsizetype selectedRow() const;
    void selectVersion(int version);
    void selectBatch(qint64 batchId);
    void selectRow(qsizetype row);

    TreePanel *treePanel() const { return m_tree; }

Q_SIGNALS:
    void versionChosen(int version);
    void batchChosen(qint64 batchId);
    void rowChosen(qint64 batchId, qsizetype row);

private:
    QWidget *createSelectors();
    QWidget *createTabs();
    void fillVersions(int keep);
    void fillBatches(qint64 keep);
    void onVersionChosen();
    void onRowClicked();
    void announceRow();
    void showNoVersion();
    void clearRow(const QString &message);
    void showNeighbours(const ExplainedRow &row);
    void bringFamilyTabForward();
    ReasonStack *currentReasonStack() const;

    InterpretationOverview m_overview;
    ExplainedVersion m_version;
    QComboBox *m_versionCombo;
    QComboBox *m_batchCombo;
    QSpinBox *m_row;
    QLabel *m_rowCount;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    TreePanel *m_tree;
    CoefficientPanel *m_coefficients;
    WaterfallPlot *m_waterfall;
    ImportancePanel *m_importance;
    NeighbourTableModel *m_neighbours;
    QLabel *m_neighbourCaption;
    QTableView *m_neighbourTable;
    ReasonStack *m_neighbourStack;
    TablePreviewModel *m_rows;
    QTableView *m_rowTable;
};

} // namespace streamml::view
