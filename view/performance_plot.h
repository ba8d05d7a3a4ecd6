#pragma once

#include "model/store/learning_store.h"

#include <QWidget>
#include <vector>

class QCPItemStraightLine;
class QComboBox;
class QCustomPlot;

namespace streamml::view {

/// What learning and serving cost per batch, one measure at a time: the champion's latency per row
/// (p50, p95, p99), the seconds spent training, or the process's peak memory.
class PerformancePlot : public QWidget
{
    Q_OBJECT
public:
    explicit PerformancePlot(QWidget *parent = nullptr);

    void setLearning(std::vector<model::store::LearningStore::BatchLearning> learning);
    void setCurrentBatch(qint64 batchId);
    void showMessage(const QString &message);

private:
    void draw();
    void drawLatency();
    void drawTraining();
    void drawMemory();
    void addLine(const QString &name, const std::vector<double> &values, const QColor &colour);
    std::vector<double> batches() const;
    void setRanges(const QString &valueTitle, double high);

    std::vector<model::store::LearningStore::BatchLearning> m_learning;
    QComboBox *m_measure;
    QCustomPlot *m_plot;
    QCPItemStraightLine *m_current = nullptr;
    qint64 m_currentBatch = -1;
};

} // namespace streamml::view
