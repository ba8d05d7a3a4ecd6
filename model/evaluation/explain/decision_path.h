#pragma once

#include <Eigen/Dense>
#include <QString>
#include <vector>

namespace streamml::model::evaluation::explain {

class DesignMap;
class TreeDiagram;

/// The way one row takes through a tree as readable steps ("Speed IAS in knots <= 145.5 (value 120)
/// → left") and the leaf it reaches.
class DecisionPath
{
public:
    /// One split passed.
    struct Step
    {
        int node = 0;
        QString feature;   ///< the design column tested
        QString condition; ///< the node's test in input terms; rows meeting it go left
        QString value;     ///< the row's value of that column, in input terms
        bool wentLeft = false;
        bool missing = false; ///< the value was missing and took the learned missing side
        QString text;
    };

    /// Throws Error::input when the row is narrower than a tested column.
    static DecisionPath read(const TreeDiagram &diagram, const DesignMap &design, const Eigen::RowVectorXd &row);

    const std::vector<Step> &steps() const { return m_steps; }
    int leaf() const { return m_leaf; }
    /// Node ids from the root to the leaf, for highlighting in a drawing.
    std::vector<int> nodes() const;
    /// "leaf 7 → None (93% of 412 training samples)"; "leaf 3 → 152.4 (mean of 12 training samples)".
    const QString &outcome() const { return m_outcome; }
    /// The steps and the outcome, one a line.
    QString text() const;

private:
    std::vector<Step> m_steps;
    int m_leaf = 0;
    QString m_outcome;
};

} // namespace streamml::model::evaluation::explain
