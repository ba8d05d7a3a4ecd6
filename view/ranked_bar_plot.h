#pragma once

#include "view/ranked_bars.h"

#include <QWidget>

class QCustomPlot;
class QMouseEvent;

namespace streamml::view {

/// Horizontal bars, first on top, with readable (elided) labels and a tooltip per bar.
class RankedBarPlot : public QWidget
{
    Q_OBJECT
public:
    explicit RankedBarPlot(QWidget *parent = nullptr);

    void setBars(RankedBars bars);
    void showMessage(const QString &title, const QString &message);
    const RankedBars &bars() const { return m_bars; }

private:
    void addSeries(const QColor &colour, const QString &name, bool positive);
    void setRanges();
    void onMouseMove(QMouseEvent *event);

    QCustomPlot *m_plot;
    RankedBars m_bars;
};

} // namespace streamml::view
