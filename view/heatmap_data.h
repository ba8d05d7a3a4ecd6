#pragma once

#include <Eigen/Dense>
#include <QPoint>
#include <QStringList>
#include <cmath>
#include <vector>

namespace streamml::view {

/// A matrix to draw as coloured cells: the values, the axis labels, the colour range and the cells
/// to mark.
struct HeatmapData
{
    enum class Palette { Diverging, Sequential, Binary };

    Eigen::MatrixXd values;     ///< rows (y, bottom to top) x columns (x); NaN cells are drawn grey
    QStringList xLabels;        ///< one per column; empty: numeric ticks spanning xFrom .. xTo
    QStringList yLabels;        ///< one per row
    double xFrom = 0;
    double xTo = 0;
    double low = 0;             ///< value drawn in the first colour of the palette
    double high = 1;            ///< value drawn in the last colour of the palette
    Palette palette = Palette::Sequential;
    QString title;
    QString xTitle;
    QString scaleTitle;         ///< empty: no colour scale
    bool annotate = false;      ///< writes each cell's value into it
    std::vector<QPoint> marked; ///< (column, row) of cells to mark
    QString markLabel;          ///< legend text of the marks
};

} // namespace streamml::view
