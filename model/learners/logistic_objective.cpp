#include "model/learners/logistic_objective.h"

#include <algorithm>

namespace streamml::model::learners {

namespace {

/// log(1 + exp(z)) without overflow.
Eigen::ArrayXd softplus(const Eigen::ArrayXd &z)
{
    return z.max(0.0) + (-z.abs()).exp().log1p();
}

Eigen::ArrayXd sigmoid(const Eigen::ArrayXd &z)
{
    return (1.0 + (-z).exp()).inverse();
}

} // namespace

LogisticObjective::LogisticObjective(const DesignMatrix &design, const Eigen::VectorXd &classes, int classCount,
                                     const QuadraticPenalty &penalty, bool freeShift)
    : m_design(design)
    , m_classes(classes)
    , m_classCount(classCount)
    , m_penalty(penalty)
    , m_freeShift(freeShift)
{
    if (classCount > 2) {
        m_onehot = Eigen::MatrixXd::Zero(classes.size(), classCount);
        for (Eigen::Index i = 0; i < classes.size(); ++i)
            m_onehot(i, Eigen::Index(classes[i])) = 1;
    }
}

Eigen::MatrixXd LogisticObjective::scores(const Eigen::VectorXd &theta) const
{
    const Eigen::Index outputs = m_classCount == 2 ? 1 : m_classCount;
    return m_design.times(Eigen::Map<const Eigen::MatrixXd>(theta.data(), m_design.cols(), outputs));
}

Eigen::MatrixXd LogisticObjective::probabilities(const Eigen::MatrixXd &scores)
{
    if (scores.cols() == 1) {
        Eigen::MatrixXd p(scores.rows(), 2);
        p.col(1) = sigmoid(scores.col(0).array());
        p.col(0) = 1.0 - p.col(1).array();
        return p;
    }
    const Eigen::VectorXd top = scores.rowwise().maxCoeff();
    Eigen::MatrixXd p = (scores.colwise() - top).array().exp();
    p.array().colwise() /= p.rowwise().sum().array();
    return p;
}

double LogisticObjective::value(const Eigen::VectorXd &theta, Eigen::VectorXd *gradient) const
{
    const double loss = m_classCount == 2 ? binaryValue(theta, gradient) : multinomialValue(theta, gradient);
    if (gradient)
        m_penalty.addGradient(theta, *gradient);
    return loss + m_penalty.value(theta);
}

double LogisticObjective::binaryValue(const Eigen::VectorXd &theta, Eigen::VectorXd *gradient) const
{
    const Eigen::VectorXd z = scores(theta);
    const double loss = softplus(z.array()).sum() - m_classes.dot(z);
    if (gradient)
        *gradient = m_design.transposeTimes(sigmoid(z.array()).matrix() - m_classes);
    return loss;
}

double LogisticObjective::multinomialValue(const Eigen::VectorXd &theta, Eigen::VectorXd *gradient) const
{
    const Eigen::MatrixXd z = scores(theta);
    const Eigen::VectorXd top = z.rowwise().maxCoeff();
    const Eigen::MatrixXd exponentials = (z.colwise() - top).array().exp();
    const Eigen::VectorXd sums = exponentials.rowwise().sum();
    const double loss = (sums.array().log().matrix() + top).sum() - z.cwiseProduct(m_onehot).sum();
    if (gradient) {
        const Eigen::MatrixXd residual = (exponentials.array().colwise() / sums.array()).matrix() - m_onehot;
        const Eigen::MatrixXd g = m_design.transposeTimes(residual);
        *gradient = Eigen::Map<const Eigen::VectorXd>(g.data(), g.size());
    }
    return loss;
}

Eigen::MatrixXd LogisticObjective::hessian(const Eigen::VectorXd &theta) const
{
    Eigen::MatrixXd h;
    if (m_classCount == 2) {
        const Eigen::ArrayXd p = sigmoid(scores(theta).col(0).array());
        h = m_design.gram(p * (1.0 - p));
    } else {
        h = multinomialHessian(theta);
    }
    if (m_freeShift)
        pinShift(h);
    m_penalty.addHessian(h);
    return h;
}

Eigen::MatrixXd LogisticObjective::multinomialHessian(const Eigen::VectorXd &theta) const
{
    const Eigen::MatrixXd p = probabilities(scores(theta));
    const Eigen::Index c = m_design.cols();
    Eigen::MatrixXd h(theta.size(), theta.size());
    for (int j = 0; j < m_classCount; ++j) {
        for (int l = j; l < m_classCount; ++l) {
            const Eigen::VectorXd w = j == l ? Eigen::VectorXd(p.col(j).array() * (1.0 - p.col(j).array()))
                                             : Eigen::VectorXd(-p.col(j).array() * p.col(l).array());
            h.block(j * c, l * c, c, c) = m_design.gram(w);
            if (l != j)
                h.block(l * c, j * c, c, c) = h.block(j * c, l * c, c, c).transpose();
        }
    }
    return h;
}

void LogisticObjective::pinShift(Eigen::MatrixXd &hessian) const
{
    // Moving all intercepts by one constant leaves the softmax unchanged, so the Hessian is singular
    // along that direction. Adding curvature there alone (the gradient has no component along it)
    // keeps Newton steps exact in every other direction and stops drift along it.
    const Eigen::Index c = m_design.cols();
    double scale = 0;
    for (int j = 0; j < m_classCount; ++j)
        scale += hessian(j * c + c - 1, j * c + c - 1);
    scale = std::max(scale / m_classCount, 1.0);
    for (int j = 0; j < m_classCount; ++j)
        for (int l = 0; l < m_classCount; ++l)
            hessian(j * c + c - 1, l * c + c - 1) += scale / m_classCount;
}

} // namespace streamml::model::learners
