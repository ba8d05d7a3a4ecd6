#pragma once

#include <QWidget>

class QCPBarsGroup;
class QCustomPlot;

namespace streamml::view {

struct DistributionComparison;

/// A column's distribution in a batch against its reference: overlaid histogram bars on shared bins
/// (numeric and time columns) or side-by-side category shares (categorical columns), with a legend.
class DistributionPlot : public QWidget
{
    Q_OBJECT
public:
    explicit DistributionPlot(QWidget *parent = nullptr);

    void setComparison(const DistributionComparison &comparison);
    void showMessage(const QString &message);

private:
    void drawHistogram(const DistributionComparison &comparison);
    void drawCategories(const DistributionComparison &comparison);
    QString legendText(const QString &label, qint64 values) const;

    QCustomPlot *m_plot;
    QCPBarsGroup *m_group;
};

} // namespace streamml::view
