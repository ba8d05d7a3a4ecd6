#include "view/tree_layout.h"

#include <algorithm>
#include <limits>

namespace streamml::view {

namespace {
using model::evaluation::explain::TreeDiagram;

bool isOpen(const TreeDiagram &diagram, const std::vector<bool> &collapsed, int node)
{
    return !diagram.nodes()[size_t(node)].isLeaf() && !collapsed[size_t(node)];
}
} // namespace

std::vector<TreeLayout::Position> TreeLayout::of(const TreeDiagram &diagram, const std::vector<bool> &collapsed)
{
    std::vector<Position> positions(diagram.nodes().size());
    if (diagram.nodes().empty())
        return positions;
    std::vector<double> offsets(diagram.nodes().size(), 0.0);
    shape(diagram, collapsed, 0, offsets);
    place(diagram, collapsed, 0, offsets, {0.0, 0}, positions);
    return positions;
}

TreeLayout::Contour TreeLayout::shape(const TreeDiagram &diagram, const std::vector<bool> &collapsed, int node,
                                      std::vector<double> &offsets)
{
    if (!isOpen(diagram, collapsed, node))
        return {{0.0}, {0.0}};
    const TreeDiagram::Node &n = diagram.nodes()[size_t(node)];
    const Contour left = shape(diagram, collapsed, n.left, offsets);
    const Contour right = shape(diagram, collapsed, n.right, offsets);
    // The smallest distance between the two children that keeps every shared row one slot apart.
    double distance = 1.0;
    const size_t shared = std::min(left.left.size(), right.left.size());
    for (size_t row = 0; row < shared; ++row)
        distance = std::max(distance, left.right[row] - right.left[row] + 1.0);
    offsets[size_t(n.left)] = -distance / 2.0;
    offsets[size_t(n.right)] = distance / 2.0;

    Contour contour{{0.0}, {0.0}};
    constexpr double none = std::numeric_limits<double>::infinity();
    for (size_t row = 0; row < std::max(left.left.size(), right.left.size()); ++row) {
        const bool inLeft = row < left.left.size();
        const bool inRight = row < right.left.size();
        contour.left.push_back(std::min(inLeft ? left.left[row] - distance / 2.0 : none, inRight ? right.left[row] + distance / 2.0 : none));
        contour.right.push_back(std::max(inLeft ? left.right[row] - distance / 2.0 : -none, inRight ? right.right[row] + distance / 2.0 : -none));
    }
    return contour;
}

void TreeLayout::place(const TreeDiagram &diagram, const std::vector<bool> &collapsed, int node, const std::vector<double> &offsets,
                       Position position, std::vector<Position> &positions)
{
    positions[size_t(node)] = position;
    if (!isOpen(diagram, collapsed, node))
        return;
    const TreeDiagram::Node &n = diagram.nodes()[size_t(node)];
    for (const int child : {n.left, n.right})
        place(diagram, collapsed, child, offsets, {position.x + offsets[size_t(child)], position.level + 1}, positions);
}

} // namespace streamml::view
