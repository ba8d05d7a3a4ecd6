#include "view/missing_values_panel.h"

#include "view/heatmap_data.h"
#include "view/heatmap_plot.h"
#include "view/missing_pattern_table_model.h"
#include "view/quality_batch_detail.h"
#include "view/result_table_view.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace streamml::view {

MissingValuesPanel::MissingValuesPanel(QWidget *parent)
    : QWidget(parent)
    , m_map(new HeatmapPlot(this))
    , m_patterns(new MissingPatternTableModel(this))
{
    m_map->setObjectName(QStringLiteral("missingMap"));
    auto *patterns = new QWidget(this);
    auto *patternLayout = new QVBoxLayout(patterns);
    patternLayout->setContentsMargins(0, 0, 0, 0);
    patternLayout->addWidget(new QLabel(tr("Columns missing together"), patterns));
    patternLayout->addWidget(new ResultTableView(m_patterns, QStringLiteral("missingPatternTable"), patterns));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_map);
    splitter->addWidget(patterns);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

HeatmapData MissingValuesPanel::mapData(const MissingMap &map, qint64 batchId)
{
    // Columns run up the y axis (first column on top), sampled rows along x.
    HeatmapData cells;
    const auto columns = map.columns.size();
    cells.values.resize(Eigen::Index(columns), Eigen::Index(map.rows.size()));
    for (size_t r = 0; r < map.rows.size(); ++r)
        for (qsizetype c = 0; c < columns; ++c)
            cells.values(Eigen::Index(columns - 1 - c), Eigen::Index(r)) = map.isMissing(r, c) ? 1.0 : 0.0;
    for (qsizetype c = columns - 1; c >= 0; --c)
        cells.yLabels.append(map.columns.at(c));
    cells.xFrom = map.rows.empty() ? 0.0 : double(map.rows.front());
    cells.xTo = map.rows.empty() ? 0.0 : double(map.rows.back());
    cells.palette = HeatmapData::Palette::Binary;
    cells.title = tr("Missing cells of batch %1 (dark = missing)").arg(batchId);
    cells.xTitle = qsizetype(map.rows.size()) < map.totalRows
                      ? tr("row of the batch (%1 of %2 rows, evenly sampled)").arg(map.rows.size()).arg(map.totalRows)
                      : tr("row of the batch");
    return cells;
}

void MissingValuesPanel::setBatch(const QualityBatchDetail &detail)
{
    m_patterns->setPatterns(detail.patterns, detail.missing.totalRows);
    if (detail.missing.rows.empty())
        m_map->showMessage(tr("Missing cells"), tr("Batch %1 has no rows").arg(detail.batchId));
    else
        m_map->setData(mapData(detail.missing, detail.batchId));
}

void MissingValuesPanel::showMessage(const QString &message)
{
    m_patterns->setPatterns({}, 0);
    m_map->showMessage(tr("Missing cells"), message);
}

} // namespace streamml::view
