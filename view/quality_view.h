#pragma once

#include "view/quality_overview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace streamml::view {

class ColumnPanel;
class CorrelationPanel;
class FindingsPanel;
class MissingValuesPanel;
class TimelinePlot;
struct ColumnAnalysis;
struct QualityBatchDetail;
struct Timeline;

/// The Quality & EDA view: for a chosen batch and column, the distribution against the reference,
/// the target by category, missing values, correlations, the quality score and the column's
/// missing share over the stream, the failed rules, and the release of a quarantined batch.
class QualityView : public QWidget
{
    Q_OBJECT
public:
    explicit QualityView(QWidget *parent = nullptr);

    /// Lists batches and columns, keeping the selection when it still exists, and announces it.
    void setOverview(QualityOverview overview);
    void setBatchDetail(const QualityBatchDetail &detail);
    void setColumnAnalysis(const ColumnAnalysis &analysis);

    qint64 selectedBatch() const;
    QString selectedColumn() const;
    void selectBatch(qint64 batchId);
    void selectColumn(const QString &column);

Q_SIGNALS:
    void batchSelected(qint64 batchId);
    void columnSelected(qint64 batchId, const QString &column);
    void releaseRequested(qint64 batchId);

private:
    QWidget *createSelectors();
    QWidget *createTimelines();
    void fillBatches(qint64 keep);
    void fillColumns(const QString &keep);
    void onBatchChosen();
    void onColumnChosen();
    void showEmpty();
    const QualityOverview::Batch *batch(qint64 id) const;
    Timeline scoreTimeline() const;
    Timeline missingTimeline(const ColumnAnalysis &analysis) const;

    QualityOverview m_overview;
    QComboBox *m_batch;
    QComboBox *m_column;
    QLabel *m_status;
    QPushButton *m_release;
    QTabWidget *m_tabs;
    ColumnPanel *m_columnPanel;
    MissingValuesPanel *m_missing;
    CorrelationPanel *m_correlations;
    TimelinePlot *m_score;
    TimelinePlot *m_missingShare;
    FindingsPanel *m_findings;
};

} // namespace streamml::view
