#include "view/correlation_panel.h"

#include "view/heatmap_data.h"
#include "view/heatmap_plot.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace streamml::view {

namespace {
constexpr qsizetype maxAnnotated = 12;
}

CorrelationPanel::CorrelationPanel(QWidget *parent)
    : QWidget(parent)
    , m_pearson(new QRadioButton(tr("Pearson"), this))
    , m_spearman(new QRadioButton(tr("Spearman (ranks)"), this))
    , m_heatmap(new HeatmapPlot(this))
{
    m_pearson->setObjectName(QStringLiteral("pearsonButton"));
    m_spearman->setObjectName(QStringLiteral("spearmanButton"));
    m_heatmap->setObjectName(QStringLiteral("correlationHeatmap"));
    m_pearson->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_pearson);
    group->addButton(m_spearman);
    connect(m_spearman, &QRadioButton::toggled, this, &CorrelationPanel::redraw);

    auto *choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("Coefficient:"), this));
    choice->addWidget(m_pearson);
    choice->addWidget(m_spearman);
    choice->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choice);
    // Wider cells than this only stretch a handful of columns into bands.
    m_heatmap->setMaximumWidth(760);
    layout->addWidget(m_heatmap, 1, Qt::AlignLeft);
}

void CorrelationPanel::setCorrelations(qint64 batchId, model::quality::Eda::Correlations correlations)
{
    m_batchId = batchId;
    m_correlations = std::move(correlations);
    redraw();
}

void CorrelationPanel::showMessage(const QString &message)
{
    m_correlations = {};
    m_heatmap->showMessage(tr("Correlations"), message);
}

void CorrelationPanel::redraw()
{
    const bool spearman = m_spearman->isChecked();
    const QString name = spearman ? tr("Spearman") : tr("Pearson");
    const auto k = m_correlations.columns.size();
    if (k < 2) {
        m_heatmap->showMessage(tr("%1 correlations").arg(name), tr("Batch %1 has fewer than two numeric columns").arg(m_batchId));
        return;
    }
    // The first column is drawn at the top, as a correlation matrix is read.
    const Eigen::MatrixXd &matrix = spearman ? m_correlations.spearman : m_correlations.pearson;
    HeatmapData cells;
    cells.values = matrix.colwise().reverse();
    cells.xLabels = m_correlations.columns;
    for (qsizetype i = k - 1; i >= 0; --i)
        cells.yLabels.append(m_correlations.columns.at(i));
    cells.palette = HeatmapData::Palette::Diverging;
    cells.low = -1;
    cells.high = 1;
    cells.annotate = k <= maxAnnotated;
    cells.title = tr("%1 correlations of the numeric columns, batch %2").arg(name).arg(m_batchId);
    cells.scaleTitle = spearman ? tr("Spearman ρ") : tr("Pearson r");
    m_heatmap->setData(cells);
}

} // namespace streamml::view
