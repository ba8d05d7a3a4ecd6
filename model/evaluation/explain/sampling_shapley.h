#pragma once

#include "model/evaluation/explain/explainer.h"
#include "model/evaluation/explain/sampling_options.h"

#include <memory>
#include <vector>

namespace streamml::model::learners {
class Learner;
}

namespace streamml::model::evaluation::explain {

/// Shapley values of any learner estimated by permutation sampling (Štrumbelj & Kononenko 2014,
/// "Explaining prediction models and individual predictions with feature contributions"), on the
/// interventional value v(S) = mean over background rows z of f(x_S, z_rest). Each sample walks a
/// random order of the players from a background row to the explained row, forwards and backwards
/// (antithetic), and credits each player with the change it makes. Every background row starts the
/// same number of walks, so base + Σ contributions equals the prediction exactly. Explains each class
/// probability, or the regression value. A player is a group of design columns moved together (an
/// input's one-hot columns), so no sample mixes two levels of one input.
class SamplingShapley final : public Explainer
{
public:
    /// `players` lists the design columns of each player, named by `playerNames`; throws Error::input
    /// when they do not cover the background's columns exactly once, or the background is empty.
    SamplingShapley(std::shared_ptr<const learners::Learner> learner, const Eigen::MatrixXd &background,
                    std::vector<std::vector<int>> players, QStringList playerNames, QStringList outputs,
                    SamplingOptions options = {});

    QString method() const override { return QStringLiteral("sampling_shapley"); }
    /// Contributions with their standard errors (each forward and backward pair is one sample; with one
    /// round the errors are an upper bound, from two rounds on they are estimated per background row).
    LocalExplanation localContributions(const Eigen::RowVectorXd &row) const override;
    /// The background rows kept: options.backgroundRows of the given ones, drawn with the seed.
    const Eigen::MatrixXd &background() const { return m_background; }

private:
    /// Per background row (a stratum of the estimate): the sums and squared sums of the samples.
    struct Tally
    {
        std::vector<Eigen::MatrixXd> sums;
        std::vector<Eigen::MatrixXd> squares;
    };

    /// The rows to evaluate for `row`: the row, the background, then per walk the d − 1 inner steps
    /// forwards and backwards (a walk starts at its background row and ends at the row).
    Eigen::MatrixXd walkRows(const Eigen::RowVectorXd &row, const std::vector<std::vector<Eigen::Index>> &orders) const;
    /// Where step `step` (0 .. players) of a walk is among the rows of walkRows().
    Eigen::Index position(size_t walk, bool forward, Eigen::Index step) const;
    Eigen::MatrixXd evaluate(const Eigen::MatrixXd &rows) const;
    /// The samples of every walk from the model's values along the walks.
    Tally tallied(const Eigen::MatrixXd &values, const std::vector<std::vector<Eigen::Index>> &orders) const;
    Eigen::MatrixXd standardErrors(const Tally &tally, const Eigen::MatrixXd &mean) const;
    void checkPlayers() const;
    bool playersAreColumns() const;

    std::shared_ptr<const learners::Learner> m_learner;
    Eigen::MatrixXd m_background;
    std::vector<std::vector<int>> m_players;
    SamplingOptions m_options;
};

} // namespace streamml::model::evaluation::explain
