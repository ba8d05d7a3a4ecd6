#pragma once

#include "view/models_overview.h"

#include <QHash>
#include <QWidget>

class QCPGraph;
class QCPItemText;
class QCustomPlot;
class QMouseEvent;

namespace streamml::view {

/// Every version's primary metric on each batch, before training on it: a line per version, the
/// champion's scores joined into one highlighted line, challengers as open circles, and a chosen
/// version drawn over the rest. A click on a point announces its version.
class VersionScorePlot : public QWidget
{
    Q_OBJECT
public:
    explicit VersionScorePlot(QWidget *parent = nullptr);

    void setOverview(const ModelsOverview &overview);
    /// Draws `version` over the others; -1 for none.
    void highlight(int version);
    void showMessage(const QString &message);

Q_SIGNALS:
    void versionClicked(int version);

private:
    void addVersionLines();
    void addRole(const QString &role, const QString &name);
    void setRanges(const ModelsOverview &overview);
    void onMousePress(QMouseEvent *event);

    std::vector<ModelsOverview::Score> m_scores;
    QHash<int, QCPGraph *> m_lines;
    QCustomPlot *m_plot;
    QCPItemText *m_label = nullptr;
    int m_highlighted = -1;
};

} // namespace streamml::view
