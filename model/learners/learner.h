#pragma once

#include "model/learners/task.h"

#include <Eigen/Dense>
#include <QDataStream>
#include <QJsonObject>
#include <QString>
#include <memory>

namespace streamml::model::learners {

/// The interface every model family implements. Inputs are the design matrix built by preparation
/// (rows = samples; NaN only for learners that accept missing values natively). For classification
/// the targets are class indices 0 .. classCount()-1; for regression they are the values.
class Learner
{
public:
    virtual ~Learner() = default;

    /// Registered family name, as settings.ini spells it ("logistic_regression", "decision_tree", ...).
    virtual QString family() const = 0;
    virtual Task task() const = 0;
    /// Number of classes (0 for regression).
    virtual int classCount() const = 0;

    /// Trains from scratch.
    virtual void fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y) = 0;
    /// Updates the trained model with new rows without training from scratch.
    virtual void partialFit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y) = 0;
    /// Class index (classification) or value (regression) per row.
    virtual Eigen::VectorXd predict(const Eigen::MatrixXd &x) const = 0;
    /// Class probabilities, rows × classCount(); throws Error::model for regression.
    virtual Eigen::MatrixXd predictProbabilities(const Eigen::MatrixXd &x) const = 0;

    /// The hyper-parameters (with their defaults filled in), as stored with a model version.
    virtual QJsonObject hyperparameters() const = 0;
    /// A readable summary of the trained state (sizes, coefficients, depth ...).
    virtual QJsonObject describe() const = 0;
    virtual std::unique_ptr<Learner> clone() const = 0;

    /// Writes hyper-parameters and trained state; load() restores a learner to identical predictions.
    virtual void save(QDataStream &out) const = 0;
    virtual void load(QDataStream &in) = 0;
};

} // namespace streamml::model::learners
