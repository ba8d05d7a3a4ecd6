#include "view/column_panel.h"

#include "view/column_analysis.h"
#include "view/distribution_plot.h"
#include "view/target_rate_plot.h"

#include <QHBoxLayout>

namespace streamml::view {

ColumnPanel::ColumnPanel(QWidget *parent)
    : QWidget(parent)
    , m_distribution(new DistributionPlot(this))
    , m_targetRate(new TargetRatePlot(this))
{
    m_distribution->setObjectName(QStringLiteral("qualityDistributionPlot"));
    m_targetRate->setObjectName(QStringLiteral("targetRatePlot"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_distribution, 1);
    layout->addWidget(m_targetRate, 1);
    m_targetRate->hide();
}

void ColumnPanel::setAnalysis(const ColumnAnalysis &analysis)
{
    m_distribution->setComparison(analysis.distribution);
    m_targetRate->setVisible(analysis.targetRate.has_value());
    if (analysis.targetRate)
        m_targetRate->setTargetRate(*analysis.targetRate);
}

void ColumnPanel::showMessage(const QString &message)
{
    m_distribution->showMessage(message);
    m_targetRate->hide();
}

} // namespace streamml::view
