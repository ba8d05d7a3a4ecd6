#pragma once

#include <QWidget>

class QCPItemStraightLine;
class QCustomPlot;

namespace streamml::view {

struct Timeline;

/// A figure per batch over the stream: a line, the flagged batches in red, a dashed threshold and
/// the selected batch as a vertical line.
class TimelinePlot : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePlot(QWidget *parent = nullptr);

    void setTimeline(const Timeline &timeline);
    void setCurrentBatch(qint64 batchId);
    void showMessage(const QString &title, const QString &message);

private:
    void addValues(const Timeline &timeline);
    void addFlags(const Timeline &timeline);
    void addThreshold(const Timeline &timeline);
    void setRanges(const Timeline &timeline);

    QCustomPlot *m_plot;
    QCPItemStraightLine *m_current = nullptr;
};

} // namespace streamml::view
