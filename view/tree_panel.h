#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace streamml::view {

class ReasonStack;
class TreeDiagramView;
struct ExplainedRow;
struct ExplainedVersion;

/// The Tree tab: a version's tree with zoom, colour and path controls and the chosen row's outcome
/// under it; for a family without a tree, one line saying so.
class TreePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TreePanel(QWidget *parent = nullptr);

    void setVersion(const ExplainedVersion &version);
    void setRow(const ExplainedRow &row);
    void clearRow();
    TreeDiagramView *diagramView() const { return m_view; }

private:
    QWidget *createTools();
    void fillColourChoices();
    void onColourChosen();
    /// The row's outcome, with a hint while its leaf is under a collapsed node.
    void showOutcome();

    ReasonStack *m_stack;
    TreeDiagramView *m_view;
    QComboBox *m_colour;
    QLabel *m_legend;
    QLabel *m_outcome;
    QString m_rowOutcome;
    size_t m_pathLength = 0;
};

} // namespace streamml::view
