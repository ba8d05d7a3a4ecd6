#pragma once

#include <QColor>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <vector>

namespace streamml::view {

/// Draws a small vector line chart with a QPainter (for the PDF report): axes with ticks, one
/// polyline per series (NaN points break the line), optional dashed threshold and a legend.
class ChartPainter
{
public:
    struct Series
    {
        QString name;
        QColor color;
        std::vector<double> y; ///< one value per x position; NaN leaves a gap
    };

    ChartPainter(QString title, QString xLabel, std::vector<double> x);

    void addSeries(Series series);
    void setThreshold(double value, const QString &label);
    void setYRange(double low, double high);
    void paint(QPainter &painter, const QRectF &area) const;

private:
    QPointF map(double x, double y, const QRectF &plot) const;
    void paintAxes(QPainter &painter, const QRectF &plot) const;
    static double tickStep(double span);
    void paintLegend(QPainter &painter, const QRectF &plot) const;

    QString m_title;
    QString m_xLabel;
    std::vector<double> m_x;
    std::vector<Series> m_series;
    double m_threshold = std::nan("");
    QString m_thresholdLabel;
    double m_yLow = std::nan("");
    double m_yHigh = std::nan("");
};

} // namespace streamml::view
