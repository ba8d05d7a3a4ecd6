#include "tests/unit/evaluation/explain_fixtures.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace streamml::tests {

using model::data::Column;
using model::data::Table;

Eigen::MatrixXd ExplainFixtures::bruteForceShapley(int players, const Value &value)
{
    const int subsets = 1 << players;
    std::vector<Eigen::RowVectorXd> values(static_cast<size_t>(subsets));
    for (int mask = 0; mask < subsets; ++mask) {
        std::vector<bool> known(static_cast<size_t>(players));
        for (int p = 0; p < players; ++p)
            known[size_t(p)] = (mask >> p) & 1;
        values[size_t(mask)] = value(known);
    }
    std::vector<double> factorial(static_cast<size_t>(players) + 1, 1.0);
    for (int k = 1; k <= players; ++k)
        factorial[size_t(k)] = factorial[size_t(k - 1)] * k;
    Eigen::MatrixXd phi = Eigen::MatrixXd::Zero(players, values.front().size());
    for (int mask = 0; mask < subsets; ++mask) {
        const int size = __builtin_popcount(unsigned(mask));
        for (int p = 0; p < players; ++p) {
            if ((mask >> p) & 1)
                continue;
            const double weight = factorial[size_t(size)] * factorial[size_t(players - size - 1)] / factorial[size_t(players)];
            phi.row(p) += weight * (values[size_t(mask | (1 << p))] - values[size_t(mask)]);
        }
    }
    return phi;
}

namespace {

Eigen::RowVectorXd leafValue(const model::learners::DecisionTree &tree, int node)
{
    const std::span<const double> value = tree.nodeValue(node);
    Eigen::RowVectorXd result = Eigen::Map<const Eigen::RowVectorXd>(value.data(), Eigen::Index(value.size()));
    if (tree.task() == model::learners::Task::Classification && result.sum() > 0)
        result /= result.sum();
    return result;
}

Eigen::RowVectorXd expectation(const model::learners::DecisionTree &tree, int node, const Eigen::RowVectorXd &row,
                               const std::vector<bool> &known)
{
    const model::learners::TreeNode &n = tree.nodes()[size_t(node)];
    if (n.isLeaf())
        return leafValue(tree, node);
    if (known[size_t(n.feature)]) {
        const double v = row[n.feature];
        const bool left = std::isnan(v) ? n.missingGoesLeft : v <= n.threshold;
        return expectation(tree, left ? n.left : n.right, row, known);
    }
    const double l = tree.nodes()[size_t(n.left)].weightedSamples;
    const double r = tree.nodes()[size_t(n.right)].weightedSamples;
    return (l * expectation(tree, n.left, row, known) + r * expectation(tree, n.right, row, known)) / n.weightedSamples;
}

} // namespace

Eigen::RowVectorXd ExplainFixtures::treeExpectation(const model::learners::DecisionTree &tree, const Eigen::RowVectorXd &row,
                                                    const std::vector<bool> &known)
{
    return expectation(tree, 0, row, known);
}

Eigen::RowVectorXd ExplainFixtures::interventional(const Outputs &f, const Eigen::RowVectorXd &row, const Eigen::MatrixXd &background,
                                                   const std::vector<std::vector<int>> &players, const std::vector<bool> &known)
{
    Eigen::MatrixXd mixed = background;
    for (size_t p = 0; p < players.size(); ++p)
        if (known[p])
            for (int column : players[p])
                mixed.col(column).setConstant(row[column]);
    return f(mixed).colwise().mean();
}

std::vector<std::vector<int>> ExplainFixtures::singletons(int columns)
{
    std::vector<std::vector<int>> players;
    for (int c = 0; c < columns; ++c)
        players.push_back({c});
    return players;
}

Eigen::MatrixXd ExplainFixtures::gaussian(int rows, int columns, unsigned seed, double missingShare)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    Eigen::MatrixXd x(rows, columns);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            x(r, c) = uniform(random) < missingShare ? std::nan("") : normal(random);
    return x;
}

Table ExplainFixtures::synthetic(int rows, unsigned seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    std::vector<double> a, b, c, d, y;
    std::vector<std::int32_t> phase, label, kind;
    for (int r = 0; r < rows; ++r) {
        a.push_back(10.0 + 4.0 * normal(random));
        b.push_back(-3.0 + 0.5 * normal(random));
        c.push_back(normal(random));
        d.push_back(5.0 + 2.0 * normal(random));
        phase.push_back(std::int32_t(r % 3));
        const double climb = phase.back() == 1 ? 1.0 : 0.0;
        y.push_back(3.0 + 2.0 * a.back() - 0.5 * b.back() + 1.5 * climb + 0.01 * normal(random));
        const double u = std::clamp(uniform(random), 1e-12, 1.0 - 1e-12);
        const double score = (a.back() - 10.0) / 4.0 + 4.0 * (b.back() + 3.0) + std::log(u / (1.0 - u));
        label.push_back(score > 0 ? 1 : 0);
        const double standard = (a.back() - 10.0) / 4.0 + 0.5 * normal(random);
        kind.push_back(climb > 0 ? 2 : standard > 0 ? 1 : 0);
    }
    std::vector<Column> columns;
    columns.push_back(Column::numeric(QStringLiteral("a"), a));
    columns.push_back(Column::numeric(QStringLiteral("b"), b));
    columns.push_back(Column::numeric(QStringLiteral("c"), c));
    columns.push_back(Column::numeric(QStringLiteral("d"), d));
    columns.push_back(Column::categorical(QStringLiteral("Phase"), phase, {QStringLiteral("Approach"), QStringLiteral("Climb"), QStringLiteral("Landing")}));
    columns.push_back(Column::numeric(QStringLiteral("y"), y));
    columns.push_back(Column::categorical(QStringLiteral("label"), label, {QStringLiteral("no"), QStringLiteral("yes")}));
    columns.push_back(Column::categorical(QStringLiteral("kind"), kind, {QStringLiteral("low"), QStringLiteral("high"), QStringLiteral("climb")}));
    return Table(std::move(columns));
}

std::shared_ptr<const model::registry::TrainedModel> ExplainFixtures::train(const QString &family, const QJsonObject &hyperparameters,
                                                                            const model::prep::PrepVariant &variant,
                                                                            const Table &rows, const QStringList &features,
                                                                            const QString &target, model::learners::Task task, bool logAuto)
{
    model::registry::ModelSpec spec;
    spec.family = family;
    spec.hyperparameters = hyperparameters;
    spec.variant = variant;
    model::registry::TrainingSchema schema;
    schema.features = features;
    schema.target = target;
    schema.task = task;
    schema.featureSettings.logAuto = logAuto;
    return std::make_shared<const model::registry::TrainedModel>(model::registry::TrainedModel::train(spec, schema, rows));
}

double ExplainFixtures::maxAbs(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return std::numeric_limits<double>::infinity();
    return (a - b).cwiseAbs().maxCoeff();
}

} // namespace streamml::tests
