#pragma once

#include "view/drift_overview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace streamml::view {

class DistributionPlot;
class DriftTestTableModel;
class HeatmapPlot;
class TimelinePlot;
struct DistributionComparison;
struct HeatmapData;
struct Timeline;

/// The Drift view: the drift effect per feature and batch, the share of drifted features over the
/// stream, and for a chosen batch and feature every test figure and the two distributions.
class DriftView : public QWidget
{
    Q_OBJECT
public:
    explicit DriftView(QWidget *parent = nullptr);

    /// Shows the stream's drift, keeping the selection when it still exists, and announces it.
    void setOverview(DriftOverview overview);
    void setDistribution(const DistributionComparison &comparison);

    /// Selects a tested batch and one of its features (or the target) and announces it.
    void select(qint64 batchId, const QString &feature);
    qint64 selectedBatch() const;
    QString selectedFeature() const { return m_feature; }

Q_SIGNALS:
    void featureSelected(qint64 batchId, const QString &feature);

private:
    QWidget *createSelectors();
    void onBatchChosen();
    void onCellClicked(int column, int row);
    void onRowSelected();
    void showBatch(qint64 batchId);
    void showEmpty();
    QString defaultFeature(qint64 batchId) const;
    const model::store::DriftStore::BatchDrift *verdict(qint64 batchId) const;
    HeatmapData heatmap();
    Timeline shareTimeline() const;

    DriftOverview m_overview;
    QStringList m_rowFeatures; ///< the feature of each heatmap row, bottom to top
    QString m_feature;
    qint64 m_tableBatch = -1;
    QComboBox *m_batch;
    QLabel *m_summary;
    HeatmapPlot *m_heatmap;
    TimelinePlot *m_share;
    DriftTestTableModel *m_tests;
    QTableView *m_table;
    DistributionPlot *m_distribution;
};

} // namespace streamml::view
