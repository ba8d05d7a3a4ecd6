#pragma once

#include <QWidget>

class QCustomPlot;

namespace streamml::view {

struct TargetRate;

/// The target by category of one feature as horizontal bars: the stacked shares of the labels other
/// than the most frequent one, or the target's mean per category.
class TargetRatePlot : public QWidget
{
    Q_OBJECT
public:
    explicit TargetRatePlot(QWidget *parent = nullptr);

    void setTargetRate(const TargetRate &rate);
    void showMessage(const QString &message);

private:
    QCustomPlot *m_plot;
};

} // namespace streamml::view
