#pragma once

#include "model/learners/distance_metric.h"
#include "model/learners/point_set.h"

#include <cmath>
#include <cstddef>

namespace streamml::model::learners {

/// A reduced distance summed in scikit-learn's order (equal distances compare equal), with nanoflann's interface.
template <DistanceMetric Metric>
class PointMetric
{
public:
    using ElementType = double;
    using DistanceType = double;

    explicit PointMetric(const PointSet &points)
        : m_points(points)
    {
    }

    static double reduced(const double *a, const double *b, size_t size)
    {
        double sum = 0.0;
        for (size_t j = 0; j < size; ++j) {
            const double difference = a[j] - b[j];
            sum += Metric == DistanceMetric::Euclidean ? difference * difference : std::fabs(difference);
        }
        return sum;
    }
    static double distance(double reducedDistance)
    {
        return Metric == DistanceMetric::Euclidean ? std::sqrt(reducedDistance) : reducedDistance;
    }

    double evalMetric(const double *a, unsigned index, size_t size) const { return reduced(a, m_points.point(index), size); }
    double accum_dist(double a, double b, size_t) const
    {
        return Metric == DistanceMetric::Euclidean ? (a - b) * (a - b) : std::fabs(a - b);
    }

private:
    const PointSet &m_points;
};

} // namespace streamml::model::learners
