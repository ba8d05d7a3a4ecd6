#pragma once

#include <QWidget>

namespace streamml::view {

class HeatmapPlot;
class MissingPatternTableModel;
struct HeatmapData;
struct MissingMap;
struct QualityBatchDetail;

/// The missing values of a batch: a map of its cells (rows sampled evenly) and the combinations of
/// columns missing together.
class MissingValuesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MissingValuesPanel(QWidget *parent = nullptr);

    void setBatch(const QualityBatchDetail &detail);
    void showMessage(const QString &message);

private:
    static HeatmapData mapData(const MissingMap &map, qint64 batchId);

    HeatmapPlot *m_map;
    MissingPatternTableModel *m_patterns;
};

} // namespace streamml::view
