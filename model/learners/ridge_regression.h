#pragma once

#include "model/learners/learner.h"
#include "model/learners/ridge_regression_params.h"

namespace streamml::model::learners {

/// Least squares with an L2 penalty on the coefficients, solved in closed form as scikit-learn's Ridge.
/// It keeps the sufficient statistics (row count, means, centred cross-products), so partialFit on new
/// rows gives exactly the model fit on all rows seen.
class RidgeRegression : public Learner
{
public:
    explicit RidgeRegression(RidgeRegressionParams params = {});

    QString family() const override { return QStringLiteral("ridge_regression"); }
    Task task() const override { return Task::Regression; }
    int classCount() const override { return 0; }

    void fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y) override;
    void partialFit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y) override;
    Eigen::VectorXd predict(const Eigen::MatrixXd &x) const override;
    /// Throws Error::model: a regression has no class probabilities.
    Eigen::MatrixXd predictProbabilities(const Eigen::MatrixXd &x) const override;

    QJsonObject hyperparameters() const override { return m_params.toJson(); }
    QJsonObject describe() const override;
    std::unique_ptr<Learner> clone() const override { return std::make_unique<RidgeRegression>(*this); }
    void save(QDataStream &out) const override;
    void load(QDataStream &in) override;

    const RidgeRegressionParams &params() const { return m_params; }
    /// One row, one column per feature.
    const Eigen::MatrixXd &coefficients() const { return m_coefficients; }
    /// One value.
    const Eigen::VectorXd &intercepts() const { return m_intercepts; }
    bool isFitted() const { return m_moments.rows > 0; }

private:
    /// Row count, means and centred cross-products of the rows seen.
    struct Moments
    {
        double rows = 0;
        Eigen::VectorXd meanX;
        double meanY = 0;
        Eigen::MatrixXd xx; ///< Σ (x − x̄)(x − x̄)ᵀ
        Eigen::VectorXd xy; ///< Σ (x − x̄)(y − ȳ)
    };

    static Moments moments(const Eigen::MatrixXd &x, const Eigen::VectorXd &y);
    /// Chan's pairwise update: the moments of the union, exact and stable.
    static Moments merge(const Moments &a, const Moments &b);
    void solve();

    RidgeRegressionParams m_params;
    Moments m_moments;
    Eigen::MatrixXd m_coefficients;
    Eigen::VectorXd m_intercepts;
};

} // namespace streamml::model::learners
