#include "model/evaluation/explain/decision_path.h"

#include "model/core/error.h"
#include "model/evaluation/explain/design_map.h"
#include "model/evaluation/explain/tree_diagram.h"

#include <cmath>
#include <numeric>

namespace streamml::model::evaluation::explain {

namespace {

QString outcomeOf(const TreeDiagram &diagram, const TreeDiagram::Node &leaf)
{
    if (diagram.task() == learners::Task::Regression)
        return QStringLiteral("leaf %1 → %2 (mean of %3 training samples)").arg(leaf.id).arg(leaf.prediction).arg(leaf.samples);
    const double total = std::accumulate(leaf.value.begin(), leaf.value.end(), 0.0);
    const double share = total > 0 ? leaf.value[size_t(leaf.predictedClass)] / total : 0.0;
    return QStringLiteral("leaf %1 → %2 (%3% of %4 training samples)")
        .arg(leaf.id)
        .arg(leaf.prediction, QString::number(100.0 * share, 'f', 0))
        .arg(leaf.samples);
}

} // namespace

DecisionPath DecisionPath::read(const TreeDiagram &diagram, const DesignMap &design, const Eigen::RowVectorXd &row)
{
    DecisionPath path;
    int node = 0;
    while (!diagram.nodes().at(size_t(node)).isLeaf()) {
        const TreeDiagram::Node &n = diagram.nodes()[size_t(node)];
        if (n.feature >= row.size())
            throw core::Error::input(QStringLiteral("decision path: node %1 tests design column %2 but the row has %3 values")
                                         .arg(n.id)
                                         .arg(n.feature)
                                         .arg(row.size()));
        const double value = row[n.feature];
        const int child = diagram.childFor(node, value);
        Step step{n.id, n.featureName, n.condition, design.valueText(row, n.feature), child == n.left, std::isnan(value), {}};
        step.text = QStringLiteral("%1 (value %2) → %3%4")
                        .arg(step.condition, step.value, step.wentLeft ? QStringLiteral("left") : QStringLiteral("right"),
                             step.missing ? QStringLiteral(", where missing values go") : QString());
        path.m_steps.push_back(std::move(step));
        node = child;
    }
    path.m_leaf = node;
    path.m_outcome = outcomeOf(diagram, diagram.nodes()[size_t(node)]);
    return path;
}

std::vector<int> DecisionPath::nodes() const
{
    std::vector<int> result;
    for (const Step &step : m_steps)
        result.push_back(step.node);
    result.push_back(m_leaf);
    return result;
}

QString DecisionPath::text() const
{
    QStringList lines;
    for (const Step &step : m_steps)
        lines.append(step.text);
    lines.append(m_outcome);
    return lines.join(QLatin1Char('\n'));
}

} // namespace streamml::model::evaluation::explain
