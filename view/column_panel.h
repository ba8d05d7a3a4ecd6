#pragma once

#include <QWidget>

namespace streamml::view {

class DistributionPlot;
class TargetRatePlot;
struct ColumnAnalysis;

/// The selected column of a batch: its distribution against the reference window and, for a
/// categorical feature when a target is configured, the target by category.
class ColumnPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ColumnPanel(QWidget *parent = nullptr);

    void setAnalysis(const ColumnAnalysis &analysis);
    void showMessage(const QString &message);

private:
    DistributionPlot *m_distribution;
    TargetRatePlot *m_targetRate;
};

} // namespace streamml::view
