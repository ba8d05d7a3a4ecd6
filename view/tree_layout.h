#pragma once

#include "model/evaluation/explain/tree_diagram.h"

#include <vector>

namespace streamml::view {

/// Places the shown nodes of a tree: one row per level, each parent centred over its two children,
/// and each right subtree as close to its left sibling as their shared rows allow (one slot apart),
/// so a deep branch does not push the rest of the tree aside.
class TreeLayout
{
public:
    /// Where a node goes: x in slots, the row as its level; level -1 for a hidden node.
    struct Position
    {
        double x = 0;
        int level = -1;
    };

    /// `collapsed` flags the nodes whose subtrees are hidden.
    static std::vector<Position> of(const model::evaluation::explain::TreeDiagram &diagram, const std::vector<bool> &collapsed);

private:
    /// The leftmost and rightmost x of a subtree per row below its root, relative to the root.
    struct Contour
    {
        std::vector<double> left;
        std::vector<double> right;
    };

    static Contour shape(const model::evaluation::explain::TreeDiagram &diagram, const std::vector<bool> &collapsed, int node,
                         std::vector<double> &offsets);
    static void place(const model::evaluation::explain::TreeDiagram &diagram, const std::vector<bool> &collapsed, int node,
                      const std::vector<double> &offsets, Position position, std::vector<Position> &positions);
};

} // namespace streamml::view
