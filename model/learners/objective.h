#pragma once

#include <Eigen/Dense>

namespace streamml::model::learners {

/// A convex function of a parameter vector that the solvers minimise.
class Objective
{
public:
    virtual ~Objective() = default;

    /// The value at `theta`; writes the gradient when `gradient` is not null.
    virtual double value(const Eigen::VectorXd &theta, Eigen::VectorXd *gradient) const = 0;
    /// The (generalised) Hessian at `theta`, for Newton's method and for curvature kept between updates.
    virtual Eigen::MatrixXd hessian(const Eigen::VectorXd &theta) const = 0;
    /// False for points outside the domain (a scale that must stay positive); line searches avoid them.
    virtual bool admits(const Eigen::VectorXd &) const { return true; }
};

} // namespace streamml::model::learners
