#pragma once

#include <QDataStream>
#include <limits>

namespace streamml::model::learners {

/// Running weighted mean, variance and range of one attribute within one class (MOA's GaussianEstimator).
class GaussianEstimator
{
public:
    void add(double value, double weight);

    double weight() const { return m_weight; }
    double mean() const { return m_mean; }
    /// Sample variance (weight − 1 in the denominator); 0 until the weight exceeds 1.
    double variance() const;
    double minimum() const { return m_minimum; }
    double maximum() const { return m_maximum; }
    /// Normal density at `value`; 0 while the variance is 0.
    double density(double value) const;
    /// Estimated weight of the observed values at or below `value`, from the normal distribution.
    double weightAtOrBelow(double value) const;

    void save(QDataStream &out) const;
    void load(QDataStream &in);

private:
    double m_weight = 0.0;
    double m_mean = 0.0;
    double m_squares = 0.0; // weighted sum of squared deviations from the mean
    double m_minimum = std::numeric_limits<double>::infinity();
    double m_maximum = -std::numeric_limits<double>::infinity();
};

} // namespace streamml::model::learners
