#pragma once

#include "model/learners/distance_metric.h"
#include "model/learners/neighbour_heap.h"
#include "model/learners/point_set.h"

#include <Eigen/Dense>
#include <memory>

namespace streamml::model::learners {

/// Finds the k nearest stored points, by a k-d tree (nanoflann) or by scanning every point in order.
class NeighbourIndex
{
public:
    NeighbourIndex();
    NeighbourIndex(const NeighbourIndex &other);
    NeighbourIndex &operator=(const NeighbourIndex &other);
    NeighbourIndex(NeighbourIndex &&) noexcept;
    NeighbourIndex &operator=(NeighbourIndex &&) noexcept;
    ~NeighbourIndex();

    /// The stored points; after changing them, rebuild() prepares the search again.
    const PointSet &points() const;
    void reset(int dimensions);
    void append(const Eigen::MatrixXd &rows);
    void dropOldest(size_t count);
    void setPoints(PointSet points);
    /// Prepares searches with `metric`: a k-d tree when `kdTree`, else a scan in point order.
    void rebuild(DistanceMetric metric, bool kdTree);
    bool usesKdTree() const;

    /// Fills `heap` (already sized to k) with the nearest points to `point`, sorted nearest first; the
    /// distances are reduced ones (squared for Euclidean), see trueDistance().
    void search(const double *point, NeighbourHeap &heap) const;
    double trueDistance(double reduced) const;

private:
    struct Search;
    std::unique_ptr<Search> m_search;
};

} // namespace streamml::model::learners
