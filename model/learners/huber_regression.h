#pragma once

#include "model/learners/huber_regression_params.h"
#include "model/learners/learner.h"

namespace streamml::model::learners {

class HuberObjective;

/// Linear regression robust to outliers, as scikit-learn's HuberRegressor: squared loss for residuals
/// within epsilon·scale, absolute loss beyond, the scale estimated jointly (L-BFGS on the convex joint
/// objective). partialFit keeps the curvature of the objective already minimised and moves from the
/// current coefficients and scale with the new rows.
class HuberRegression : public Learner
{
public:
    explicit HuberRegression(HuberRegressionParams params = {});

    QString family() const override { return QStringLiteral("huber_regression"); }
    Task task() const override { return Task::Regression; }
    int classCount() const override { return 0; }

    void fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y) override;
    void partialFit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y) override;
    Eigen::VectorXd predict(const Eigen::MatrixXd &x) const override;
    /// Throws Error::model: a regression has no class probabilities.
    Eigen::MatrixXd predictProbabilities(const Eigen::MatrixXd &x) const override;

    QJsonObject hyperparameters() const override { return m_params.toJson(); }
    QJsonObject describe() const override;
    std::unique_ptr<Learner> clone() const override { return std::make_unique<HuberRegression>(*this); }
    void save(QDataStream &out) const override;
    void load(QDataStream &in) override;

    const HuberRegressionParams &params() const { return m_params; }
    /// One row, one column per feature.
    const Eigen::MatrixXd &coefficients() const { return m_coefficients; }
    /// One value.
    const Eigen::VectorXd &intercepts() const { return m_intercepts; }
    /// The estimated scale σ of the residuals.
    double scale() const { return m_scale; }
    bool isFitted() const { return m_scale > 0; }

private:
    Eigen::VectorXd ridgeDiagonal(Eigen::Index features) const;
    Eigen::VectorXd parameters() const;
    void minimize(const HuberObjective &objective, Eigen::VectorXd &theta, Eigen::Index rows);
    void store(const Eigen::VectorXd &theta, Eigen::Index features);

    HuberRegressionParams m_params;
    Eigen::MatrixXd m_coefficients;
    Eigen::VectorXd m_intercepts;
    double m_scale = 0;
    Eigen::MatrixXd m_curvature; ///< Hessian of the minimised objective, the memory partialFit starts from
    qint64 m_samplesSeen = 0;
    qint64 m_outliers = 0; ///< training rows beyond epsilon·scale in the last fit or update
    int m_iterations = 0;
    bool m_converged = false;
};

} // namespace streamml::model::learners
