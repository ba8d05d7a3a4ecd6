#pragma once

#include <QString>
#include <array>

namespace streamml::model::evaluation::explain {

class TreeDiagram;

/// Writes a tree diagram as Graphviz DOT text: one box per node with its test, impurity, samples,
/// value and prediction, filled with the colour of its majority class (paler when mixed, as
/// scikit-learn's export_graphviz) or, for regression, darker for larger values.
class DotExporter
{
public:
    static QString toDot(const TreeDiagram &diagram);

private:
    using Rgb = std::array<int, 3>;

    static QString nodeLine(const TreeDiagram &diagram, int node, double lowest, double highest);
    static QString edgeLine(const TreeDiagram &diagram, int parent, int child);
    static QString fill(const TreeDiagram &diagram, int node, double lowest, double highest);
    /// Evenly spaced hues, as scikit-learn's _color_brew.
    static Rgb classColour(int index, int count);
    static QString escaped(const QString &text);
};

} // namespace streamml::model::evaluation::explain
