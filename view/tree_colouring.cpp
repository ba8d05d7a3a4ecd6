#include "view/tree_colouring.h"

#include "model/evaluation/explain/design_map.h"
#include "view/plot_style.h"

#include <QCoreApplication>
#include <algorithm>
#include <numeric>

namespace streamml::view {

namespace {
using model::evaluation::explain::TreeDiagram;

// Fills stay light enough for black text on them.
constexpr double palest = 0.12;
constexpr double strongest = 0.75;

QColor mix(const QColor &from, const QColor &to, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t), float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

double total(const TreeDiagram::Node &node)
{
    return std::accumulate(node.value.begin(), node.value.end(), 0.0);
}

QString chip(const QColor &colour, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2").arg(colour.name(), text.toHtmlEscaped());
}
} // namespace

TreeColouring::TreeColouring(const TreeDiagram &diagram, int output)
    : m_diagram(diagram)
    , m_valueOf(diagram.task() == model::learners::Task::Regression ? 0 : output)
{
    if (m_valueOf < 0 || diagram.nodes().empty())
        return;
    const auto lower = [this](const TreeDiagram::Node &a, const TreeDiagram::Node &b) { return valueOf(a) < valueOf(b); };
    const auto [low, high] = std::minmax_element(diagram.nodes().begin(), diagram.nodes().end(), lower);
    m_low = valueOf(*low);
    m_high = valueOf(*high);
}

QColor TreeColouring::classColour(int index)
{
    if (index == 0)
        return PlotStyle::referenceColour();
    if (index == 1)
        return PlotStyle::currentColour();
    return PlotStyle::seriesColour(index - 2);
}

double TreeColouring::valueOf(const TreeDiagram::Node &node) const
{
    if (m_diagram.task() == model::learners::Task::Regression)
        return node.value.empty() ? 0.0 : node.value.front();
    const double sum = total(node);
    return sum > 0 && size_t(m_valueOf) < node.value.size() ? node.value[size_t(m_valueOf)] / sum : 0.0;
}

QColor TreeColouring::scaleColour(double value) const
{
    static const QColor low(255, 255, 229);
    static const QColor middle(254, 196, 79);
    static const QColor high(236, 112, 20);
    const double t = m_high > m_low ? (value - m_low) / (m_high - m_low) : 0.5;
    return t < 0.5 ? mix(low, middle, t * 2) : mix(middle, high, t * 2 - 1);
}

QColor TreeColouring::fill(const TreeDiagram::Node &node) const
{
    if (m_valueOf >= 0)
        return scaleColour(valueOf(node));
    const double sum = total(node);
    if (node.predictedClass < 0 || sum <= 0)
        return Qt::white;
    // Purity from an even split (0) to a single class (1).
    const double classes = double(std::max<size_t>(node.value.size(), 2));
    const double share = node.value[size_t(node.predictedClass)] / sum;
    const double purity = (share - 1.0 / classes) / (1.0 - 1.0 / classes);
    return mix(Qt::white, classColour(node.predictedClass), palest + (strongest - palest) * purity);
}

QString TreeColouring::legend() const
{
    using model::evaluation::explain::DesignMap;
    if (m_valueOf >= 0) {
        const QString what = m_diagram.task() == model::learners::Task::Regression
                                 ? QCoreApplication::translate("TreeColouring", "mean")
                                 : QCoreApplication::translate("TreeColouring", "share of %1").arg(m_diagram.classLabels().value(m_valueOf));
        return QCoreApplication::translate("TreeColouring", "%1: %2 … %3")
            .arg(what.toHtmlEscaped(), chip(scaleColour(m_low), DesignMap::number(m_low)), chip(scaleColour(m_high), DesignMap::number(m_high)));
    }
    QStringList chips;
    for (qsizetype i = 0; i < m_diagram.classLabels().size(); ++i)
        chips.append(chip(mix(Qt::white, classColour(int(i)), strongest), m_diagram.classLabels().at(i)));
    return QCoreApplication::translate("TreeColouring", "majority class %1 (paler: less pure)").arg(chips.join(QStringLiteral("&nbsp;&nbsp;")));
}

} // namespace streamml::view
