#pragma once

#include "model/learners/learner.h"
#include "model/learners/sgd_linear_params.h"

namespace streamml::model::learners {

class SgdLoss;

/// A linear model trained by stochastic gradient descent with an L2 penalty, as scikit-learn's
/// SGDClassifier (one-vs-rest beyond two classes) and SGDRegressor: rows shuffled from a seed each
/// epoch, "optimal", "invscaling" or constant step sizes, fit ending when the epoch loss stalls.
/// partialFit runs one epoch on the new rows from the current weights and step count.
class SgdLinear : public Learner
{
public:
    explicit SgdLinear(SgdLinearParams params = {});

    QString family() const override { return QStringLiteral("sgd_linear"); }
    Task task() const override;
    int classCount() const override { return m_classCount; }

    void fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y) override;
    void partialFit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y) override;
    Eigen::VectorXd predict(const Eigen::MatrixXd &x) const override;
    /// Throws Error::model for squared_error, which gives no probabilities.
    Eigen::MatrixXd predictProbabilities(const Eigen::MatrixXd &x) const override;
    /// Scores per row, one column per output (one for two classes and for regression).
    Eigen::MatrixXd decisionFunction(const Eigen::MatrixXd &x) const;

    QJsonObject hyperparameters() const override { return m_params.toJson(); }
    QJsonObject describe() const override;
    std::unique_ptr<Learner> clone() const override { return std::make_unique<SgdLinear>(*this); }
    void save(QDataStream &out) const override;
    void load(QDataStream &in) override;

    const SgdLinearParams &params() const { return m_params; }
    /// One row per output, one column per feature.
    const Eigen::MatrixXd &coefficients() const { return m_coefficients; }
    const Eigen::VectorXd &intercepts() const { return m_intercepts; }
    bool isFitted() const { return m_coefficients.size() > 0; }
    /// Epochs run by the last fit (1 after partialFit).
    int epochs() const { return m_epochs; }

private:
    bool isClassifier() const;
    int outputs() const;
    /// Targets of one output: ±1 for a class against the rest, the values for regression.
    Eigen::VectorXd targets(const Eigen::VectorXd &y, int output) const;
    /// Runs up to maxEpochs epochs over the columns of `samples` (dense or sparse) for one output;
    /// returns the epochs run.
    template<typename Samples>
    int descend(int output, const Samples &samples, const Eigen::VectorXd &targets, int maxEpochs);
    template<typename Samples>
    int descendAll(const Samples &samples, const Eigen::VectorXd &y, int maxEpochs);
    enum class Schedule { Optimal, InvScaling, Constant };

    static Schedule schedule(const QString &name);
    double optimalOffset() const;
    double stepSize(double step) const;
    void trainFromScratch(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, int maxEpochs);
    void train(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, int maxEpochs);

    SgdLinearParams m_params;
    std::shared_ptr<const SgdLoss> m_loss;
    Schedule m_schedule = Schedule::Optimal;
    double m_optimalOffset = 0; ///< t0 of the "optimal" schedule
    int m_classCount = 0;
    Eigen::MatrixXd m_coefficients;
    Eigen::VectorXd m_intercepts;
    Eigen::VectorXd m_steps; ///< per output: the step counter t the schedules decay with
    int m_epochs = 0;
    qint64 m_samplesSeen = 0;
    qint64 m_updates = 0; ///< fit and partialFit calls, so each update shuffles differently
};

} // namespace streamml::model::learners
