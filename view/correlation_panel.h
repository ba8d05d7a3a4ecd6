#pragma once

#include "model/quality/eda.h"

#include <QWidget>

class QRadioButton;

namespace streamml::view {

class HeatmapPlot;

/// The correlations of a batch's numeric columns as a heatmap from -1 to 1, Pearson or Spearman.
class CorrelationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CorrelationPanel(QWidget *parent = nullptr);

    void setCorrelations(qint64 batchId, model::quality::Eda::Correlations correlations);
    void showMessage(const QString &message);

private:
    void redraw();

    QRadioButton *m_pearson;
    QRadioButton *m_spearman;
    HeatmapPlot *m_heatmap;
    model::quality::Eda::Correlations m_correlations;
    qint64 m_batchId = 0;
};

} // namespace streamml::view
