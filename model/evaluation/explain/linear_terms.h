#pragma once

#include <Eigen/Dense>
#include <QString>
#include <optional>

namespace streamml::model::learners {
class Learner;
}

namespace streamml::model::evaluation::explain {

/// The weights of any linear learner in one form: output_o = intercept_o + Σ_j coefficient_oj · x_j
/// over the design columns x_j.
struct LinearTerms
{
    Eigen::MatrixXd coefficients; ///< outputs × design columns
    Eigen::VectorXd intercepts;   ///< one per output
    /// What an output is: "log_odds" (binary logistic, or each one-vs-rest logistic score), "margin"
    /// (a multinomial softmax score, or a hinge-type score) or "value" (regression).
    QString scale;
    /// exp(coefficient) is an odds ratio: logistic regression, and SGD with the log loss.
    bool logistic = false;

    /// The terms of a trained logistic, ridge, SGD or Huber learner; nullopt for other families.
    /// Throws Error::model for an untrained linear learner.
    static std::optional<LinearTerms> of(const learners::Learner &learner);
};

} // namespace streamml::model::evaluation::explain
