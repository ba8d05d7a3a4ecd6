#pragma once

#include "model/learners/distance_metric.h"
#include "model/learners/neighbour_heap.h"
#include "model/learners/point_set.h"

#include <Eigen/Dense>
#include <memory>
#include <vector>

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
    void append(const Eigen::Ref<const Eigen::MatrixXd> &rows);
    void dropOldest(size_t count);
    void setPoints(PointSet points);
    /// Prepares searches with `metric`: a k-d tree when `kdTree`, else a scan in point order.
    void rebuild(DistanceMetric metric, bool kdTree);
    bool usesKdTree() const;

    /// Fills heaps[i] (each sized to k) with the nearest points to row i of `queries`, sorted nearest
    /// first; the distances are reduced ones (squared for Euclidean), see trueDistance().
    void search(const Eigen::Ref<const Eigen::MatrixXd> &queries, std::vector<NeighbourHeap> &heaps) const;
    double trueDistance(double reduced) const;

private:
    void clearSearch();
    void searchOne(const double *point, NeighbourHeap &heap) const;

    struct Search;
    std::unique_ptr<Search> m_search;
};

} // namespace streamml::model::learners
