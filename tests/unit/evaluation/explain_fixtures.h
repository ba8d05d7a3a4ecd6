#pragma once

#include "model/data/table.h"
#include "model/learners/decision_tree.h"
#include "model/prep/prep_variant.h"
#include "model/registry/trained_model.h"

#include <Eigen/Dense>
#include <functional>
#include <memory>
#include <vector>

namespace streamml::tests {

/// Shared inputs of the explanation tests: Shapley values by brute force, synthetic tables with known
/// structure, and models trained through the registry.
class ExplainFixtures
{
public:
    /// v(S) for the subset of players flagged in `known`, one value per output.
    using Value = std::function<Eigen::RowVectorXd(const std::vector<bool> &known)>;
    /// A model's outputs for design rows (rows × outputs).
    using Outputs = std::function<Eigen::MatrixXd(const Eigen::MatrixXd &rows)>;

    /// Shapley values by enumerating every subset: φ_i = Σ_S |S|!(n−|S|−1)!/n! (v(S ∪ {i}) − v(S)).
    static Eigen::MatrixXd bruteForceShapley(int players, const Value &value);
    /// The path-dependent E[f(x) | x_S] of a tree: a split on an unknown feature averages its
    /// children by training cover, a known one follows the row (missing values by the learned side).
    static Eigen::RowVectorXd treeExpectation(const model::learners::DecisionTree &tree, const Eigen::RowVectorXd &row,
                                              const std::vector<bool> &known);
    /// The interventional mean over background rows z of f(x_S, z_rest); players are column groups.
    static Eigen::RowVectorXd interventional(const Outputs &f, const Eigen::RowVectorXd &row, const Eigen::MatrixXd &background,
                                             const std::vector<std::vector<int>> &players, const std::vector<bool> &known);
    /// Each column its own player.
    static std::vector<std::vector<int>> singletons(int columns);

    /// Standard normal values, a share of them missing (NaN).
    static Eigen::MatrixXd gaussian(int rows, int columns, unsigned seed, double missingShare = 0.0);

    /// Columns a (N(10, 4)), b (N(−3, 0.5)), c and d (noise), Phase (Approach, Climb, Landing) and
    /// targets: y = 3 + 2a − 0.5b + 1.5·[Phase = Climb] + small noise; label = yes when
    /// (a − 10)/4 + 4(b + 3) + logistic noise > 0; kind = one of three classes driven by a and Phase.
    static model::data::Table synthetic(int rows, unsigned seed);
    /// A model trained through the registry on `rows`; log features off unless `logAuto`.
    static std::shared_ptr<const model::registry::TrainedModel> train(const QString &family, const QJsonObject &hyperparameters,
                                                                      const model::prep::PrepVariant &variant,
                                                                      const model::data::Table &rows, const QStringList &features,
                                                                      const QString &target, model::learners::Task task,
                                                                      bool logAuto = false);

    static double maxAbs(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b);
};

} // namespace streamml::tests
