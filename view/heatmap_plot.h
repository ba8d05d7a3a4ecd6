#pragma once

#include <QWidget>

class QCPColorMap;
class QCPColorScale;
class QCPItemRect;
class QCustomPlot;
class QMouseEvent;

namespace streamml::view {

struct HeatmapData;

/// A matrix drawn as coloured cells with labelled axes, an optional colour scale, optional cell
/// values and marked cells; reports the cell a user clicks.
class HeatmapPlot : public QWidget
{
    Q_OBJECT
public:
    explicit HeatmapPlot(QWidget *parent = nullptr);

    void setData(const HeatmapData &heatmap);
    void showMessage(const QString &title, const QString &message);
    /// Outlines one cell (the current selection); a negative column removes the outline.
    void highlight(int column, int row);

Q_SIGNALS:
    /// Column and row of the clicked cell, as indexed in HeatmapData::values.
    void cellClicked(int column, int row);

private:
    QCPColorMap *addMap(const HeatmapData &heatmap);
    void setAxes(const HeatmapData &heatmap);
    void showScale(bool visible, const QString &title);
    void annotate(const HeatmapData &heatmap);
    void mark(const HeatmapData &heatmap);
    void onMousePress(QMouseEvent *event);

    QCustomPlot *m_plot;
    QCPColorScale *m_scale;
    QCPColorMap *m_map = nullptr;
    QCPItemRect *m_highlight = nullptr;
};

} // namespace streamml::view
