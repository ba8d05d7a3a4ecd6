#pragma once

#include "model/evaluation/splitter.h"

namespace streamml::model::evaluation {

/// A single time-ordered hold-out: the last ceil(fraction × rows) rows test, the earlier rows train,
/// as train_test_split(test_size=fraction, shuffle=False).
class TimeHoldOut : public Splitter
{
public:
    /// Throws unless 0 < testFraction < 1.
    explicit TimeHoldOut(double testFraction = 0.2);

    std::vector<Fold> split(const Eigen::VectorXd &targets) const override;
    /// Throws when either part would be empty.
    Fold splitRows(Eigen::Index rows) const;
    int splitCount() const override { return 1; }
    double testFraction() const { return m_testFraction; }

private:
    double m_testFraction;
};

} // namespace streamml::model::evaluation
