#include "view/tree_node_item.h"

#include "model/evaluation/explain/design_map.h"
#include "view/plot_style.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QCursor>
#include <QPainter>
#include <algorithm>
#include <numeric>

namespace streamml::view {

namespace {
using model::evaluation::explain::DesignMap;
using model::evaluation::explain::TreeDiagram;

constexpr double padding = 5;
constexpr double lineHeight = 12.5;
constexpr double hiddenHeight = 14;
constexpr qsizetype shownClasses = 3;

QString tr(const char *text)
{
    return QCoreApplication::translate("TreeNodeItem", text);
}
} // namespace

TreeNodeItem::TreeNodeItem(const TreeDiagram &diagram, int node, QColor fill, int hidden, bool onPath)
    : m_node(node)
    , m_fill(std::move(fill))
    , m_hidden(hidden)
    , m_onPath(onPath)
{
    const TreeDiagram::Node &info = diagram.nodes().at(size_t(node));
    m_lines = linesOf(diagram, info);
    if (m_hidden > 0)
        m_hiddenText = tr("▸ %1 nodes hidden").arg(m_hidden);
    setToolTip(toolTipOf(diagram, info));
    setCursor(info.isLeaf() ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

QString TreeNodeItem::sharesOf(const TreeDiagram &diagram, const TreeDiagram::Node &node)
{
    if (diagram.task() == model::learners::Task::Regression)
        return tr("mean %1").arg(node.prediction);
    const double total = std::accumulate(node.value.begin(), node.value.end(), 0.0);
    if (total <= 0)
        return {};
    std::vector<int> order(node.value.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return node.value[size_t(a)] > node.value[size_t(b)]; });
    QStringList parts;
    for (size_t i = 0; i < order.size() && qsizetype(i) < shownClasses; ++i) {
        const double share = 100.0 * node.value[size_t(order[i])] / total;
        parts.append(QStringLiteral("%1 %2%").arg(diagram.classLabels().value(order[i])).arg(share, 0, 'f', 0));
    }
    return parts.join(QStringLiteral(" · "));
}

QStringList TreeNodeItem::linesOf(const TreeDiagram &diagram, const TreeDiagram::Node &node)
{
    const QString head = node.isLeaf() ? tr("→ %1").arg(node.prediction) : node.condition;
    const QString counts =
        tr("samples %1 · %2 %3").arg(QLocale().toString(node.samples), diagram.criterion(), QString::number(node.impurity, 'g', 3));
    return {head, counts, sharesOf(diagram, node)};
}

QString TreeNodeItem::toolTipOf(const TreeDiagram &diagram, const TreeDiagram::Node &node) const
{
    QStringList lines;
    lines.append(node.isLeaf() ? tr("Leaf %1: predicts %2").arg(node.id).arg(node.prediction) : tr("Node %1: %2").arg(node.id).arg(node.condition));
    if (!node.isLeaf())
        lines.append(tr("yes → left, no → right; missing values go %1").arg(node.missingGoesLeft ? tr("left") : tr("right")));
    lines.append(tr("%1 training samples, %2 %3").arg(QLocale().toString(node.samples), diagram.criterion(), DesignMap::number(node.impurity)));
    lines.append(sharesOf(diagram, node));
    if (m_hidden > 0)
        lines.append(tr("%1 nodes below are hidden; click to expand").arg(m_hidden));
    else if (!node.isLeaf())
        lines.append(tr("Click to collapse the subtree"));
    return lines.join(QLatin1Char('\n'));
}

QRectF TreeNodeItem::boundingRect() const
{
    // Room for the path outline, which is drawn centred on the box's edge, and the hidden count.
    return QRectF(-width / 2, 0, width, height + (m_hidden > 0 ? hiddenHeight : 0)).adjusted(-2, -2, 2, 2);
}

void TreeNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF box(-width / 2, 0, width, height);
    QPen pen(QColor(110, 110, 110), 1);
    if (m_hidden > 0)
        pen.setStyle(Qt::DashLine);
    if (m_onPath)
        pen = QPen(PlotStyle::flagColour(), 3);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->setBrush(m_fill);
    painter->drawRoundedRect(box, 6, 6);

    QFont font = painter->font();
    font.setPointSizeF(8);
    painter->setPen(Qt::black);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        font.setBold(i == 0);
        painter->setFont(font);
        const QRectF line(box.left() + padding, box.top() + padding / 2 + double(i) * lineHeight, box.width() - 2 * padding, lineHeight);
        painter->drawText(line, Qt::AlignHCenter | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(m_lines.at(i), Qt::ElideRight, line.width()));
    }
    if (m_hidden > 0) {
        font.setBold(false);
        font.setItalic(true);
        painter->setFont(font);
        painter->setPen(QColor(90, 90, 90));
        painter->drawText(QRectF(box.left(), box.bottom() + 1, box.width(), hiddenHeight), Qt::AlignHCenter | Qt::AlignTop, m_hiddenText);
    }
}

} // namespace streamml::view
