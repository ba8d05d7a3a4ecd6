#include "view/tree_diagram_view.h"

#include "view/plot_style.h"
#include "view/tree_colouring.h"
#include "view/tree_layout.h"
#include "view/tree_node_item.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace streamml::view {

namespace {
using model::evaluation::explain::TreeDiagram;

constexpr double slotWidth = TreeNodeItem::width + 12;
// Room between rows for the edge labels, and under a collapsed node for its hidden count.
constexpr double levelHeight = TreeNodeItem::height + 32;
constexpr double sceneMargin = 16;
constexpr double minScale = 0.05;
// Below this the node text is too small to read: fitting on its own stops there.
constexpr double readableScale = 0.65;
constexpr double maxScale = 4;
constexpr double buttonStep = 1.25;

int fillBelow(const TreeDiagram &diagram, int node, std::vector<int> &below)
{
    const TreeDiagram::Node &n = diagram.nodes()[size_t(node)];
    below[size_t(node)] = n.isLeaf() ? 0 : 2 + fillBelow(diagram, n.left, below) + fillBelow(diagram, n.right, below);
    return below[size_t(node)];
}
} // namespace

TreeDiagramView::TreeDiagramView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setBackgroundBrush(Qt::white);
}

void TreeDiagramView::setDiagram(TreeDiagram diagram)
{
    m_diagram = std::move(diagram);
    const size_t count = m_diagram->nodes().size();
    m_below.assign(count, 0);
    if (count > 0)
        fillBelow(*m_diagram, 0, m_below);
    m_path.clear();
    m_valueOf = -1;
    collapseToInitialDepth();
}

void TreeDiagramView::collapseToInitialDepth()
{
    if (!m_diagram)
        return;
    m_collapsed.assign(m_diagram->nodes().size(), false);
    for (const TreeDiagram::Node &node : m_diagram->nodes())
        m_collapsed[size_t(node.id)] = !node.isLeaf() && node.depth >= initialDepth;
    m_focus = 0;
    rebuild();
    fitTo(readableScale);
}

void TreeDiagramView::setPath(std::vector<int> nodes)
{
    m_path = std::move(nodes);
    m_focus = 0;
    rebuild();
}

void TreeDiagramView::setColouring(int valueOf)
{
    m_valueOf = valueOf;
    rebuild();
}

QString TreeDiagramView::legend() const
{
    return m_diagram ? TreeColouring(*m_diagram, m_valueOf).legend() : QString();
}

bool TreeDiagramView::onPath(int node) const
{
    return std::find(m_path.begin(), m_path.end(), node) != m_path.end();
}

void TreeDiagramView::rebuild()
{
    scene()->clear();
    m_items.assign(m_diagram ? m_diagram->nodes().size() : 0, nullptr);
    if (m_diagram && !m_diagram->nodes().empty()) {
        const TreeColouring colouring(*m_diagram, m_valueOf);
        const std::vector<TreeLayout::Position> positions = TreeLayout::of(*m_diagram, m_collapsed);
        for (const TreeDiagram::Node &n : m_diagram->nodes())
            if (positions[size_t(n.id)].level >= 0)
                addNode(n, positions[size_t(n.id)], colouring);
        addEdges();
        setSceneRect(scene()->itemsBoundingRect().adjusted(-sceneMargin, -sceneMargin, sceneMargin, sceneMargin));
    }
    Q_EMIT redrawn();
}

void TreeDiagramView::addNode(const TreeDiagram::Node &node, const TreeLayout::Position &position, const TreeColouring &colouring)
{
    const bool open = !node.isLeaf() && !m_collapsed[size_t(node.id)];
    auto *item = new TreeNodeItem(*m_diagram, node.id, colouring.fill(node), open ? 0 : m_below[size_t(node.id)], onPath(node.id));
    item->setPos(position.x * slotWidth, position.level * levelHeight);
    scene()->addItem(item);
    m_items[size_t(node.id)] = item;
}

void TreeDiagramView::addEdges()
{
    for (const TreeDiagram::Node &n : m_diagram->nodes()) {
        if (n.isLeaf() || !m_items[size_t(n.id)] || !m_items[size_t(n.left)])
            continue;
        addEdge(*m_items[size_t(n.id)], *m_items[size_t(n.left)], true, n.missingGoesLeft);
        addEdge(*m_items[size_t(n.id)], *m_items[size_t(n.right)], false, !n.missingGoesLeft);
    }
}

void TreeDiagramView::addEdge(const TreeNodeItem &from, const TreeNodeItem &to, bool yes, bool missing)
{
    const bool path = from.isOnPath() && to.isOnPath();
    const QPen pen = path ? QPen(PlotStyle::flagColour(), 3) : QPen(QColor(130, 130, 130), 1.2);
    const QLineF line(from.bottom(), to.top());
    auto *edge = scene()->addLine(line, pen);
    edge->setZValue(-1);

    QString text = yes ? tr("yes") : tr("no");
    if (missing)
        text += tr(" + missing");
    auto *label = scene()->addSimpleText(text);
    QFont font = label->font();
    font.setPointSizeF(7.5);
    font.setBold(path);
    label->setFont(font);
    label->setBrush(path ? PlotStyle::flagColour() : QColor(80, 80, 80));
    // Beside the edge's upper third, outside the angle the two edges make.
    const QPointF at = line.pointAt(0.3);
    const QRectF box = label->boundingRect();
    label->setPos(yes ? at.x() - box.width() - 6 : at.x() + 6, at.y() - box.height() / 2);
}

void TreeDiagramView::toggle(int node)
{
    if (!m_diagram || node < 0 || size_t(node) >= m_collapsed.size() || m_diagram->nodes()[size_t(node)].isLeaf())
        return;
    m_collapsed[size_t(node)] = !m_collapsed[size_t(node)];
    // The user is exploring: a resize no longer refits.
    m_fitFloor = 0;
    rebuildKeeping(node);
}

void TreeDiagramView::rebuildKeeping(int node)
{
    const TreeNodeItem *before = size_t(node) < m_items.size() ? m_items[size_t(node)] : nullptr;
    const bool drawn = before != nullptr;
    const QPoint was = drawn ? mapFromScene(before->pos()) : QPoint();
    rebuild();
    const TreeNodeItem *after = m_items[size_t(node)];
    if (!drawn || !after)
        return;
    const QPoint shift = mapFromScene(after->pos()) - was;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + shift.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + shift.y());
}

void TreeDiagramView::expandPath()
{
    if (!m_diagram || m_path.empty())
        return;
    for (int node : m_path)
        m_collapsed[size_t(node)] = false;
    m_focus = m_path.back();
    rebuild();
    fitTo(m_fitFloor > 0 ? m_fitFloor : readableScale);
}

void TreeDiagramView::zoomBy(double factor)
{
    const double current = transform().m11();
    const double target = std::clamp(current * factor, minScale, maxScale);
    scale(target / current, target / current);
}

void TreeDiagramView::zoomIn()
{
    m_fitFloor = 0;
    zoomBy(buttonStep);
}

void TreeDiagramView::zoomOut()
{
    m_fitFloor = 0;
    zoomBy(1.0 / buttonStep);
}

void TreeDiagramView::fit()
{
    fitTo(minScale);
}

void TreeDiagramView::fitTo(double smallest)
{
    m_fitFloor = smallest;
    resetTransform();
    if (!m_diagram || m_items.empty() || !m_items.front())
        return;
    const QRectF all = sceneRect();
    // A small tree stays at its natural size rather than being blown up.
    const double fitting = std::min({1.0, viewport()->width() / all.width(), viewport()->height() / all.height()});
    const double applied = std::max(fitting, smallest);
    scale(applied, applied);
    const TreeNodeItem *focus = size_t(m_focus) < m_items.size() ? m_items[size_t(m_focus)] : nullptr;
    if (applied <= fitting)
        centerOn(all.center());
    else if (focus && m_focus != 0)
        centerOn(focus->mapToScene(0, TreeNodeItem::height / 2));
    else
        // Too large to show whole: the root at the top, the rest a pan or a zoom away.
        centerOn(m_items.front()->x(), all.top() + viewport()->height() / 2.0 / applied);
}

std::vector<int> TreeDiagramView::visibleNodes() const
{
    std::vector<int> nodes;
    for (const TreeNodeItem *item : m_items)
        if (item)
            nodes.push_back(item->nodeId());
    return nodes;
}

std::vector<int> TreeDiagramView::highlightedNodes() const
{
    std::vector<int> nodes;
    for (int node : m_path)
        if (size_t(node) < m_items.size() && m_items[size_t(node)] && m_items[size_t(node)]->isOnPath())
            nodes.push_back(node);
    return nodes;
}

void TreeDiagramView::wheelEvent(QWheelEvent *event)
{
    m_fitFloor = 0;
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    event->accept();
}

void TreeDiagramView::mousePressEvent(QMouseEvent *event)
{
    m_pressAt = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void TreeDiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A drag pans the view; only a click without movement toggles a node.
    if (event->button() != Qt::LeftButton || (event->position().toPoint() - m_pressAt).manhattanLength() >= QApplication::startDragDistance())
        return;
    for (QGraphicsItem *item : items(event->position().toPoint()))
        if (auto *node = qgraphicsitem_cast<TreeNodeItem *>(item)) {
            toggle(node->nodeId());
            return;
        }
}

void TreeDiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitFloor > 0)
        fitTo(m_fitFloor);
}

} // namespace streamml::view
