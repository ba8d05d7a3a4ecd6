#pragma once

#include "view/interpretation_overview.h"

#include <QWidget>

class QComboBox;

namespace streamml::view {

class HeatmapPlot;
class RankedBarPlot;
struct HeatmapData;
struct RankedBars;

/// The Global importance tab: a version's stored mean |SHAP| and permutation importance as bars,
/// and how each feature's share of the importance changed over the versions.
class ImportancePanel : public QWidget
{
    Q_OBJECT
public:
    /// Features drawn at most, in the bars and in the history.
    static constexpr qsizetype shownFeatures = 12;

    explicit ImportancePanel(QWidget *parent = nullptr);

    void setOverview(const InterpretationOverview &overview);
    void setVersion(int version);

Q_SIGNALS:
    /// A version picked in the history.
    void versionClicked(int version);

private:
    void showHistory();
    HeatmapData history(bool shap) const;
    RankedBars bars(const std::vector<model::evaluation::explain::FeatureImportance> &values, const QString &title,
                    const QString &valueTitle) const;

    QMap<int, InterpretationOverview::Importance> m_importance;
    int m_version = -1;
    RankedBarPlot *m_shap;
    RankedBarPlot *m_permutation;
    QComboBox *m_historyMethod;
    HeatmapPlot *m_history;
};

} // namespace streamml::view
