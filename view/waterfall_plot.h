#pragma once

#include <QWidget>

class QCustomPlot;
class QMouseEvent;

namespace streamml::model::evaluation::explain {
struct Waterfall;
}

namespace streamml::view {

/// One row's SHAP waterfall: from the base value (the expected output) through the largest
/// contributions, the others pooled, to the row's prediction; bars that raise the output red, bars
/// that lower it blue, each named "feature = value".
class WaterfallPlot : public QWidget
{
    Q_OBJECT
public:
    /// Contributions drawn one by one at most; the others make one pooled bar.
    static constexpr qsizetype shownSteps = 12;

    explicit WaterfallPlot(QWidget *parent = nullptr);

    /// `scale` names the output's unit ("probability of damaged"), `method` how it was computed.
    void setWaterfall(const model::evaluation::explain::Waterfall &waterfall, const QString &title, const QString &scale,
                      const QString &method);
    void showMessage(const QString &title, const QString &message);

private:
    struct Bar
    {
        QString label;
        double open = 0;
        double close = 0;
    };

    static std::vector<Bar> barsOf(const model::evaluation::explain::Waterfall &waterfall);
    void drawBars(const std::vector<Bar> &bars);
    void drawEnds(const model::evaluation::explain::Waterfall &waterfall, double top);
    void setRanges(const std::vector<Bar> &bars, const model::evaluation::explain::Waterfall &waterfall);
    /// The full label and contribution of the bar under the mouse: labels beside the axis are cut short.
    void onMouseMove(QMouseEvent *event);

    QCustomPlot *m_plot;
    std::vector<Bar> m_bars;
};

} // namespace streamml::view
