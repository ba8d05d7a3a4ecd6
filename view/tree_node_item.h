#pragma once

#include "model/evaluation/explain/tree_diagram.h"

#include <QGraphicsItem>

namespace streamml::view {

/// One node of a drawn tree: its test (its prediction at a leaf), samples and impurity, class shares
/// or mean, filled by a colouring; a collapsed node says under it how many nodes it hides, and a node
/// on the chosen row's path is outlined. The tooltip holds the full texts.
class TreeNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr double width = 184;
    static constexpr double height = 46;

    /// `hidden` counts the nodes below a collapsed node; 0 for an expanded node or a leaf.
    TreeNodeItem(const model::evaluation::explain::TreeDiagram &diagram, int node, QColor fill, int hidden, bool onPath);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    int nodeId() const { return m_node; }
    bool isCollapsed() const { return m_hidden > 0; }
    bool isOnPath() const { return m_onPath; }
    /// Where edges leave (bottom centre) and arrive (top centre), in scene coordinates.
    QPointF bottom() const { return mapToScene(0, height); }
    QPointF top() const { return mapToScene(0, 0); }

private:
    static QStringList linesOf(const model::evaluation::explain::TreeDiagram &diagram, const model::evaluation::explain::TreeDiagram::Node &node);
    static QString sharesOf(const model::evaluation::explain::TreeDiagram &diagram, const model::evaluation::explain::TreeDiagram::Node &node);
    QString toolTipOf(const model::evaluation::explain::TreeDiagram &diagram, const model::evaluation::explain::TreeDiagram::Node &node) const;

    int m_node;
    QColor m_fill;
    int m_hidden;
    bool m_onPath;
    QStringList m_lines;
    QString m_hiddenText;
};

} // namespace streamml::view
