#pragma once

#include "model/evaluation/explain/tree_diagram.h"
#include "view/tree_layout.h"

#include <QGraphicsView>
#include <optional>
#include <vector>

namespace streamml::view {

class TreeColouring;
class TreeNodeItem;

/// A tree drawn top-down with yes/no edges (and the side missing values take): a click on a node
/// collapses or expands its subtree, the wheel and zoomIn/zoomOut/fit zoom, nodes are coloured by
/// class or value, and the chosen row's path is outlined. Opens collapsed below `initialDepth`, so
/// a large tree starts readable.
class TreeDiagramView : public QGraphicsView
{
    Q_OBJECT
public:
    static constexpr int initialDepth = 3;

    explicit TreeDiagramView(QWidget *parent = nullptr);

    void setDiagram(model::evaluation::explain::TreeDiagram diagram);
    const std::optional<model::evaluation::explain::TreeDiagram> &diagram() const { return m_diagram; }
    /// Outlines a path given root to leaf; an empty one removes the outline.
    void setPath(std::vector<int> nodes);
    /// Colours by class when `valueOf` < 0, else by the share of that class (the mean for regression).
    void setColouring(int valueOf);
    /// Rich text naming what the colours mean.
    QString legend() const;

    /// Collapses an expanded node or expands a collapsed one; leaves stay as they are.
    void toggle(int node);
    /// Expands every node of the path and brings its leaf into view.
    void expandPath();
    /// Back to the opening state: collapsed below initialDepth.
    void collapseToInitialDepth();
    void zoomIn();
    void zoomOut();
    /// Shows the whole drawn tree, never enlarged beyond its natural size.
    void fit();

    /// Ids of the drawn nodes, in drawing order.
    std::vector<int> visibleNodes() const;
    /// Ids of the drawn nodes outlined as the path.
    std::vector<int> highlightedNodes() const;

Q_SIGNALS:
    /// The drawing changed: other nodes show, or other colours or outlines.
    void redrawn();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void addNode(const model::evaluation::explain::TreeDiagram::Node &node, const TreeLayout::Position &position, const TreeColouring &colouring);
    void addEdges();
    void addEdge(const TreeNodeItem &from, const TreeNodeItem &to, bool yes, bool missing);
    bool onPath(int node) const;
    void zoomBy(double factor);
    /// Fits the drawn tree at no less than `smallest`; until the user zooms, resizing fits again.
    void fitTo(double smallest);
    /// Redraws keeping `node` where it was in the viewport.
    void rebuildKeeping(int node);

    std::optional<model::evaluation::explain::TreeDiagram> m_diagram;
    std::vector<bool> m_collapsed;
    std::vector<int> m_below; ///< nodes under each node
    std::vector<int> m_path;
    std::vector<TreeNodeItem *> m_items; ///< per node; null when hidden
    int m_valueOf = -1;
    double m_fitFloor = 0; ///< the smallest scale a resize fits to; 0 once the user zoomed
    int m_focus = 0;       ///< the node kept in view when the tree does not fit: the root, or the path's leaf
    QPoint m_pressAt;
};

} // namespace streamml::view
