#include "view/chart_painter.h"

#include <algorithm>
#include <cmath>

namespace streamml::view {

ChartPainter::ChartPainter(QString title, QString xLabel, std::vector<double> x)
    : m_title(std::move(title))
    , m_xLabel(std::move(xLabel))
    , m_x(std::move(x))
{
}

void ChartPainter::addSeries(Series series)
{
    m_series.push_back(std::move(series));
}

void ChartPainter::setThreshold(double value, const QString &label)
{
    m_threshold = value;
    m_thresholdLabel = label;
}

void ChartPainter::setYRange(double low, double high)
{
    m_yLow = low;
    m_yHigh = high;
}

QPointF ChartPainter::map(double x, double y, const QRectF &plot) const
{
    const double x0 = m_x.empty() ? 0 : m_x.front();
    const double x1 = m_x.size() < 2 ? x0 + 1 : m_x.back();
    return {plot.left() + (x - x0) / (x1 - x0) * plot.width(), plot.bottom() - (y - m_yLow) / (m_yHigh - m_yLow) * plot.height()};
}

double ChartPainter::tickStep(double span)
{
    // 1, 2 or 5 times a power of ten, giving four to eight ticks.
    const double raw = std::max(span, 1e-12) / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0})
        if (raw <= m * power)
            return m * power;
    return 10 * power;
}

void ChartPainter::paintAxes(QPainter &painter, const QRectF &plot) const
{
    painter.setPen(QPen(QColor(90, 90, 90), 0));
    painter.drawRect(plot);
    const QFontMetricsF metrics(painter.font());
    const double step = tickStep(m_yHigh - m_yLow);
    for (double y = std::ceil(m_yLow / step - 1e-9) * step; y <= m_yHigh + step * 1e-9; y += step) {
        const QPointF p = map(m_x.empty() ? 0 : m_x.front(), y, plot);
        painter.setPen(QPen(QColor(225, 225, 225), 0));
        painter.drawLine(QPointF(plot.left(), p.y()), QPointF(plot.right(), p.y()));
        painter.setPen(QColor(60, 60, 60));
        const QString label = QString::number(std::abs(y) < step * 1e-6 ? 0.0 : y, 'g', 4);
        painter.drawText(QPointF(plot.left() - metrics.horizontalAdvance(label) - 4, p.y() + metrics.ascent() / 3), label);
    }
    const size_t every = std::max<size_t>(1, m_x.size() / 12);
    for (size_t i = 0; i < m_x.size(); i += every) {
        const QPointF p = map(m_x[i], m_yLow, plot);
        const QString label = QString::number(m_x[i], 'g', 6);
        painter.drawText(QPointF(p.x() - metrics.horizontalAdvance(label) / 2, plot.bottom() + metrics.height()), label);
    }
    painter.drawText(QPointF(plot.center().x() - metrics.horizontalAdvance(m_xLabel) / 2, plot.bottom() + 2.1 * metrics.height()), m_xLabel);
}

void ChartPainter::paintLegend(QPainter &painter, const QRectF &plot) const
{
    const QFontMetricsF metrics(painter.font());
    double x = plot.left();
    for (const Series &s : m_series) {
        painter.setPen(QPen(s.color, 2));
        painter.drawLine(QPointF(x, plot.top() - 6), QPointF(x + 18, plot.top() - 6));
        painter.setPen(QColor(40, 40, 40));
        painter.drawText(QPointF(x + 22, plot.top() - 6 + metrics.ascent() / 3), s.name);
        x += 30 + metrics.horizontalAdvance(s.name);
    }
}

void ChartPainter::paint(QPainter &painter, const QRectF &area) const
{
    ChartPainter self = *this;
    if (std::isnan(self.m_yLow) || std::isnan(self.m_yHigh)) {
        double low = std::numeric_limits<double>::infinity(), high = -low;
        for (const Series &s : m_series)
            for (double v : s.y)
                if (!std::isnan(v)) {
                    low = std::min(low, v);
                    high = std::max(high, v);
                }
        if (!std::isnan(m_threshold)) {
            low = std::min(low, m_threshold);
            high = std::max(high, m_threshold);
        }
        if (low > high)
            low = 0, high = 1;
        const double pad = high > low ? (high - low) * 0.08 : std::max(std::abs(high) * 0.1, 1e-3);
        const double step = tickStep(high - low + 2 * pad);
        // Whole ticks at both ends; figures that cannot be negative keep the axis at zero or above.
        self.m_yLow = std::floor((low - pad) / step) * step;
        self.m_yHigh = std::ceil((high + pad) / step) * step;
        if (low >= 0 && self.m_yLow < 0)
            self.m_yLow = 0;
    }
    painter.save();
    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(QColor(20, 20, 20));
    painter.drawText(area.topLeft() + QPointF(0, QFontMetricsF(bold).ascent()), m_title);
    painter.setFont(QFont(painter.font().family(), 8));
    const QRectF plot = area.adjusted(55, 42, -10, -40);
    self.paintAxes(painter, plot);
    if (!std::isnan(m_threshold)) {
        painter.setPen(QPen(QColor(200, 60, 60), 1, Qt::DashLine));
        const QPointF a = self.map(m_x.empty() ? 0 : m_x.front(), m_threshold, plot);
        painter.drawLine(QPointF(plot.left(), a.y()), QPointF(plot.right(), a.y()));
        painter.drawText(QPointF(plot.right() - QFontMetricsF(painter.font()).horizontalAdvance(m_thresholdLabel), a.y() - 3), m_thresholdLabel);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Series &s : m_series) {
        painter.setPen(QPen(s.color, 1.6));
        QPolygonF line;
        for (size_t i = 0; i < s.y.size() && i < m_x.size(); ++i) {
            if (std::isnan(s.y[i])) {
                painter.drawPolyline(line);
                line.clear();
                continue;
            }
            line << self.map(m_x[i], s.y[i], plot);
            painter.drawEllipse(line.back(), 1.8, 1.8);
        }
        painter.drawPolyline(line);
    }
    self.paintLegend(painter, plot);
    painter.restore();
}

} // namespace streamml::view
