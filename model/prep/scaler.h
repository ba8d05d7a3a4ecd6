#pragma once

#include "model/prep/registry.h"

#include <Eigen/Dense>
#include <QDataStream>
#include <QString>
#include <vector>

namespace streamml::model::prep {

/// Maps one numeric column as (x - center) / scale with both learnt from the training values; NaN
/// values are ignored when fitting and stay NaN.
class Scaler
{
public:
    virtual ~Scaler() = default;

    /// Registered name, as a variant spells it ("standard", "minmax", "robust", "none").
    virtual QString name() const = 0;

    void fit(const Eigen::VectorXd &values);
    void transform(Eigen::Ref<Eigen::VectorXd> values) const;
    double center() const { return m_center; }
    double scale() const { return m_scale; }

    void save(QDataStream &out) const;
    void load(QDataStream &in);

    /// standard, minmax, robust, none.
    static const Registry<Scaler> &registry();

protected:
    struct Affine
    {
        double center = 0;
        double scale = 1;
    };

    /// Center and scale from the present values (never empty); a scale of (near) zero must be 1.
    virtual Affine estimate(std::vector<double> present) const = 0;
    /// scikit-learn's _handle_zeros_in_scale: scales below ten machine epsilons become 1.
    static double nonZero(double scale);

private:
    double m_center = 0;
    double m_scale = 1;
};

} // namespace streamml::model::prep
