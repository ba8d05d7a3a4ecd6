#pragma once

#include <QColor>
#include <QStringList>
#include <vector>

class QCPAxis;
class QCPItemStraightLine;
class QCustomPlot;
class QWidget;

namespace streamml::view {

/// The look every chart of the workbench shares: fonts, colours, a title row, a legend row under
/// the axes, text ticks, and a message in place of a chart that has nothing to show.
class PlotStyle
{
public:
    /// A styled plot filling `host`, with a title row above and a legend row below its axes.
    static QCustomPlot *create(QWidget *host);
    static void setTitle(QCustomPlot &plot, const QString &title);
    /// Removes every plottable and item, ticks and axis titles, leaving the title and the layout.
    static void clear(QCustomPlot &plot);
    /// Clears the plot and writes `message` where the chart would be.
    static void showMessage(QCustomPlot &plot, const QString &message);
    /// Ticks at the given positions with the given labels.
    static void setTextTicks(QCPAxis &axis, const std::vector<double> &positions, const QStringList &labels);
    /// Ticks at whole numbers only (batch ids).
    static void setIntegerTicks(QCPAxis &axis);
    /// A dotted vertical line marking one batch, hidden until placed.
    static QCPItemStraightLine *addBatchMarker(QCustomPlot &plot);
    /// Moves the marker to `batchId` (hidden for a negative id) and redraws its plot.
    static void placeBatchMarker(QCPItemStraightLine &marker, qint64 batchId);
    static void showLegend(QCustomPlot &plot, bool visible);
    /// Legend entries per row before the next row starts.
    static void setLegendColumns(QCustomPlot &plot, int columns);

    static QColor referenceColour() { return {31, 119, 180}; }
    static QColor currentColour() { return {255, 127, 14}; }
    static QColor flagColour() { return {214, 39, 40}; }
    static QColor thresholdColour() { return {90, 90, 90}; }
    static QColor missingColour() { return {192, 192, 192}; }
    /// Contributions that raise the model's output, and those that lower it (SHAP's red and blue).
    static QColor raisingColour() { return {255, 0, 81}; }
    static QColor loweringColour() { return {0, 139, 251}; }
    /// Distinct colours for the n-th series of a chart.
    static QColor seriesColour(int index);
};

} // namespace streamml::view
