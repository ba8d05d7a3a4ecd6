#pragma once

#include "model/evaluation/explain/tree_diagram.h"

#include <QColor>

namespace streamml::view {

/// How the nodes of a drawn tree are filled: by their majority class (hue) and purity (saturation),
/// or by a value on a colour scale (a regression's mean, a classification's share of one class).
class TreeColouring
{
public:
    /// `output` < 0 colours by class; otherwise by the share of that class, or by the mean of a
    /// regression tree.
    TreeColouring(const model::evaluation::explain::TreeDiagram &diagram, int output);

    QColor fill(const model::evaluation::explain::TreeDiagram::Node &node) const;
    /// A line of rich text naming what the colours mean.
    QString legend() const;

    /// The hue of the n-th class.
    static QColor classColour(int index);

private:
    double valueOf(const model::evaluation::explain::TreeDiagram::Node &node) const;
    QColor scaleColour(double value) const;

    const model::evaluation::explain::TreeDiagram &m_diagram;
    int m_valueOf;
    double m_low = 0;
    double m_high = 1;
};

} // namespace streamml::view
