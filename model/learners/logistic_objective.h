#pragma once

#include "model/learners/design_matrix.h"
#include "model/learners/objective.h"
#include "model/learners/quadratic_penalty.h"

namespace streamml::model::learners {

/// Logistic loss plus a quadratic penalty. Binary: one score per row (two classes); multinomial: one
/// score per class with softmax. Parameters are the coefficients of each output stacked by output, one
/// per design column (the intercept is the design's column of ones when there is one).
class LogisticObjective : public Objective
{
public:
    /// `freeShift`: the multinomial intercepts can all move by a constant without changing the value
    /// (multinomial, intercept column last, no intercept penalised); the Hessian then pins that direction.
    LogisticObjective(const DesignMatrix &design, const Eigen::VectorXd &classes, int classCount,
                      const QuadraticPenalty &penalty, bool freeShift);

    double value(const Eigen::VectorXd &theta, Eigen::VectorXd *gradient) const override;
    Eigen::MatrixXd hessian(const Eigen::VectorXd &theta) const override;

    /// Class probabilities from scores: sigmoid for one output (two classes), softmax otherwise.
    static Eigen::MatrixXd probabilities(const Eigen::MatrixXd &scores);

private:
    Eigen::MatrixXd scores(const Eigen::VectorXd &theta) const;
    double binaryValue(const Eigen::VectorXd &theta, Eigen::VectorXd *gradient) const;
    double multinomialValue(const Eigen::VectorXd &theta, Eigen::VectorXd *gradient) const;
    Eigen::MatrixXd multinomialHessian(const Eigen::VectorXd &theta) const;
    void pinShift(Eigen::MatrixXd &hessian) const;

    const DesignMatrix &m_design;
    const Eigen::VectorXd &m_classes;
    int m_classCount;
    const QuadraticPenalty &m_penalty;
    bool m_freeShift;
    Eigen::MatrixXd m_onehot; ///< rows × classes indicator of each row's class (multinomial only)
};

} // namespace streamml::model::learners
