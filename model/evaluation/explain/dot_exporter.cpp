#include "model/evaluation/explain/dot_exporter.h"

#include "model/evaluation/explain/design_map.h"
#include "model/evaluation/explain/tree_diagram.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace streamml::model::evaluation::explain {

namespace {

QString values(const std::vector<double> &value)
{
    QStringList parts;
    for (double v : value)
        parts.append(DesignMap::number(v));
    return value.size() == 1 ? parts.front() : QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

/// How strongly a node leans to one class: 0 for a tie of the two largest shares, 1 for a pure node.
double purity(std::vector<double> weights)
{
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (weights.size() < 2 || total <= 0)
        return 1.0;
    std::sort(weights.begin(), weights.end(), std::greater<>());
    const double first = weights[0] / total;
    const double second = weights[1] / total;
    return second >= 1.0 ? 0.0 : (first - second) / (1.0 - second);
}

} // namespace

QString DotExporter::toDot(const TreeDiagram &diagram)
{
    double lowest = std::numeric_limits<double>::infinity();
    double highest = -lowest;
    for (const TreeDiagram::Node &node : diagram.nodes()) {
        lowest = std::min(lowest, node.value.front());
        highest = std::max(highest, node.value.front());
    }
    QStringList lines{QStringLiteral("digraph Tree {"),
                      QStringLiteral("node [shape=box, style=\"filled, rounded\", color=\"black\", fontname=\"helvetica\"];"),
                      QStringLiteral("edge [fontname=\"helvetica\"];")};
    for (const TreeDiagram::Node &node : diagram.nodes())
        lines.append(nodeLine(diagram, node.id, lowest, highest));
    for (const TreeDiagram::Node &node : diagram.nodes()) {
        if (node.isLeaf())
            continue;
        lines.append(edgeLine(diagram, node.id, node.left));
        lines.append(edgeLine(diagram, node.id, node.right));
    }
    lines.append(QStringLiteral("}"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString DotExporter::nodeLine(const TreeDiagram &diagram, int node, double lowest, double highest)
{
    const TreeDiagram::Node &n = diagram.nodes()[size_t(node)];
    QStringList label;
    if (!n.isLeaf())
        label.append(n.condition);
    label.append(QStringLiteral("%1 = %2").arg(diagram.criterion(), DesignMap::number(n.impurity)));
    label.append(QStringLiteral("samples = %1").arg(n.samples));
    label.append(QStringLiteral("value = %1").arg(values(n.value)));
    if (diagram.task() == learners::Task::Classification)
        label.append(QStringLiteral("class = %1").arg(n.prediction));
    return QStringLiteral("%1 [label=\"%2\", fillcolor=\"%3\"];")
        .arg(n.id)
        .arg(escaped(label.join(QLatin1Char('\n'))), fill(diagram, node, lowest, highest));
}

QString DotExporter::edgeLine(const TreeDiagram &diagram, int parent, int child)
{
    const TreeDiagram::Node &n = diagram.nodes()[size_t(parent)];
    const bool left = child == n.left;
    QString label = left ? QStringLiteral("yes") : QStringLiteral("no");
    if (left == n.missingGoesLeft)
        label += QStringLiteral(", missing");
    return QStringLiteral("%1 -> %2 [label=\"%3\"];").arg(n.id).arg(child).arg(label);
}

QString DotExporter::fill(const TreeDiagram &diagram, int node, double lowest, double highest)
{
    const TreeDiagram::Node &n = diagram.nodes()[size_t(node)];
    Rgb colour{};
    double alpha = 0;
    if (diagram.task() == learners::Task::Classification) {
        colour = classColour(std::max(n.predictedClass, 0), int(diagram.classLabels().size()));
        alpha = purity(n.value);
    } else {
        colour = classColour(0, 1);
        alpha = highest > lowest ? (n.value.front() - lowest) / (highest - lowest) : 0.0;
    }
    // Blended with white rather than transparent, so every viewer shows the same colour.
    QString hex = QStringLiteral("#");
    for (int channel : colour)
        hex += QStringLiteral("%1").arg(int(std::lround(alpha * channel + (1.0 - alpha) * 255.0)), 2, 16, QLatin1Char('0'));
    return hex;
}

DotExporter::Rgb DotExporter::classColour(int index, int count)
{
    const double saturation = 0.75;
    const double brightness = 0.9;
    const double chroma = saturation * brightness;
    const double offset = brightness - chroma;
    const double hue = 25.0 + 360.0 / double(std::max(count, 1)) * index;
    const double sector = std::fmod(hue, 360.0) / 60.0;
    const double x = chroma * (1.0 - std::abs(std::fmod(sector, 2.0) - 1.0));
    const std::array<std::array<double, 3>, 6> shapes{{{chroma, x, 0}, {x, chroma, 0}, {0, chroma, x},
                                                       {0, x, chroma}, {x, 0, chroma}, {chroma, 0, x}}};
    const std::array<double, 3> &shape = shapes[size_t(sector) % 6];
    return {int(255 * (shape[0] + offset)), int(255 * (shape[1] + offset)), int(255 * (shape[2] + offset))};
}

QString DotExporter::escaped(const QString &text)
{
    QString result = text;
    result.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return result.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

} // namespace streamml::model::evaluation::explain
