#include "view/tree_panel.h"

#include "view/explained_row.h"
#include "view/explained_version.h"
#include "view/reason_stack.h"
#include "view/tree_diagram_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace streamml::view {

namespace {
QToolButton *button(const QString &text, const QString &toolTip, const QString &objectName, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setObjectName(objectName);
    return b;
}
} // namespace

TreePanel::TreePanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new TreeDiagramView(this))
    , m_colour(new QComboBox(this))
    , m_legend(new QLabel(this))
    , m_outcome(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("treeDiagramView"));
    m_view->setToolTip(tr("Click a node to collapse or expand it, drag to pan, turn the wheel to zoom"));
    m_outcome->setObjectName(QStringLiteral("treeOutcomeLabel"));
    m_outcome->setWordWrap(true);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createTools());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_outcome);
    m_stack = new ReasonStack(content, QStringLiteral("treePanel"), this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    connect(m_colour, &QComboBox::currentIndexChanged, this, &TreePanel::onColourChosen);
    connect(m_view, &TreeDiagramView::redrawn, this, &TreePanel::showOutcome);
    m_stack->showReason(tr("Choose a model version"));
}

QWidget *TreePanel::createTools()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    QToolButton *out = button(tr("−"), tr("Zoom out (or turn the mouse wheel)"), QStringLiteral("treeZoomOutButton"), bar);
    QToolButton *in = button(tr("+"), tr("Zoom in (or turn the mouse wheel)"), QStringLiteral("treeZoomInButton"), bar);
    QToolButton *fit = button(tr("Fit"), tr("Show the whole drawn tree"), QStringLiteral("treeFitButton"), bar);
    QToolButton *path = button(tr("Expand path"), tr("Open every node on the chosen row's path down to its leaf"),
                               QStringLiteral("treeExpandPathButton"), bar);
    QToolButton *reset = button(tr("Collapse"), tr("Collapse again below depth %1").arg(TreeDiagramView::initialDepth),
                                QStringLiteral("treeCollapseButton"), bar);
    connect(out, &QToolButton::clicked, m_view, &TreeDiagramView::zoomOut);
    connect(in, &QToolButton::clicked, m_view, &TreeDiagramView::zoomIn);
    connect(fit, &QToolButton::clicked, m_view, &TreeDiagramView::fit);
    connect(path, &QToolButton::clicked, m_view, &TreeDiagramView::expandPath);
    connect(reset, &QToolButton::clicked, m_view, &TreeDiagramView::collapseToInitialDepth);
    for (QToolButton *b : {out, in, fit, path, reset})
        layout->addWidget(b);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Colour by:"), bar));
    m_colour->setObjectName(QStringLiteral("treeColourCombo"));
    m_colour->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_colour);
    layout->addSpacing(8);
    m_legend->setTextFormat(Qt::RichText);
    // The legend gives way when the window is narrow rather than widening it.
    m_legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_legend, 1);
    return bar;
}

void TreePanel::setVersion(const ExplainedVersion &version)
{
    if (!version.tree) {
        m_stack->showReason(tr("v%1 is a %2 model: only the tree families (decision_tree, hoeffding_tree) have a tree to draw.")
                                .arg(version.version)
                                .arg(version.family));
        return;
    }
    clearRow();
    m_view->setDiagram(*version.tree);
    fillColourChoices();
    m_stack->showContent();
}

void TreePanel::fillColourChoices()
{
    const QSignalBlocker blocker(m_colour);
    m_colour->clear();
    const auto &diagram = *m_view->diagram();
    if (diagram.task() == model::learners::Task::Regression) {
        m_colour->addItem(tr("mean value"), 0);
    } else {
        m_colour->addItem(tr("majority class"), -1);
        for (qsizetype i = 0; i < diagram.classLabels().size(); ++i)
            m_colour->addItem(tr("share of %1").arg(diagram.classLabels().at(i)), int(i));
    }
    m_colour->setEnabled(m_colour->count() > 1);
    m_legend->setText(m_view->legend());
}

void TreePanel::onColourChosen()
{
    m_view->setColouring(m_colour->currentData().toInt());
    m_legend->setText(m_view->legend());
}

void TreePanel::setRow(const ExplainedRow &row)
{
    const auto &path = row.explanation.path;
    if (!path) {
        clearRow();
        return;
    }
    const auto splits = path->steps().size();
    m_rowOutcome = tr("Row %1 of batch %2: %3 after %4")
                       .arg(row.row + 1)
                       .arg(row.batchId)
                       .arg(path->outcome(), splits == 1 ? tr("1 split") : tr("%1 splits").arg(splits));
    m_pathLength = path->nodes().size();
    m_outcome->setToolTip(path->text());
    m_view->setPath(path->nodes());
}

void TreePanel::clearRow()
{
    m_rowOutcome.clear();
    m_pathLength = 0;
    m_outcome->setToolTip(QString());
    m_view->setPath({});
}

void TreePanel::showOutcome()
{
    if (m_rowOutcome.isEmpty()) {
        m_outcome->setText(tr("Choose a row to see its path."));
        return;
    }
    const bool hidden = m_view->highlightedNodes().size() < m_pathLength;
    m_outcome->setText(hidden ? tr("%1 (the path goes on below a collapsed node: \"Expand path\" opens it)").arg(m_rowOutcome) : m_rowOutcome);
}

} // namespace streamml::view
