#pragma once

#include "model/learners/learner.h"
#include "model/learners/logistic_regression_params.h"

#include <vector>

namespace streamml::model::learners {

class LogisticObjective;

/// L2-penalised logistic regression with scikit-learn's C: binary (one coefficient vector) for two
/// classes, multinomial beyond, solved by Newton's method or L-BFGS. partialFit keeps the curvature of
/// the objective already minimised and moves from the current coefficients with the new rows.
class LogisticRegression : public Learner
{
public:
    explicit LogisticRegression(LogisticRegressionParams params = {});

    QString family() const override { return QStringLiteral("logistic_regression"); }
    Task task() const override { return Task::Classification; }
    int classCount() const override { return m_classCount; }

    void fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y) override;
    void partialFit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y) override;
    Eigen::VectorXd predict(const Eigen::MatrixXd &x) const override;
    Eigen::MatrixXd predictProbabilities(const Eigen::MatrixXd &x) const override;
    /// Scores per row: one column (log-odds of class 1) for two classes, one per class beyond.
    Eigen::MatrixXd decisionFunction(const Eigen::MatrixXd &x) const;

    QJsonObject hyperparameters() const override { return m_params.toJson(); }
    QJsonObject describe() const override;
    std::unique_ptr<Learner> clone() const override { return std::make_unique<LogisticRegression>(*this); }
    void save(QDataStream &out) const override;
    void load(QDataStream &in) override;

    const LogisticRegressionParams &params() const { return m_params; }
    /// One row per output (a single row for two classes, as scikit-learn's coef_), one column per feature.
    const Eigen::MatrixXd &coefficients() const { return m_coefficients; }
    const Eigen::VectorXd &intercepts() const { return m_intercepts; }
    bool isFitted() const { return m_classCount > 0; }

private:
    int outputs() const { return m_classCount == 2 ? 1 : m_classCount; }
    Eigen::VectorXd ridgeDiagonal(const std::vector<bool> &present) const;
    Eigen::VectorXd parameters() const;
    void minimize(const LogisticObjective &objective, Eigen::VectorXd &theta, Eigen::Index rows);
    void store(const Eigen::VectorXd &theta);
    void checkFitted() const;

    LogisticRegressionParams m_params;
    int m_classCount = 0;
    Eigen::MatrixXd m_coefficients;
    Eigen::VectorXd m_intercepts;
    Eigen::MatrixXd m_curvature; ///< Hessian of the minimised objective, the memory partialFit starts from
    qint64 m_samplesSeen = 0;
    int m_iterations = 0;
    bool m_converged = false;
};

} // namespace streamml::model::learners
