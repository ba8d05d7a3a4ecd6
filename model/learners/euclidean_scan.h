#pragma once

#include "model/learners/neighbour_heap.h"
#include "model/learners/point_set.h"

#include <Eigen/Dense>
#include <vector>

namespace streamml::model::learners {

/// The exhaustive Euclidean search for many queries at once. A matrix product bounds every
/// distance cheaply; only points that may still enter a query's k nearest get their exact distance,
/// summed as the plain scan sums it and offered in point order, so the neighbours equal the scan's.
class EuclideanScan
{
public:
    /// Precomputes the points' squared norms; `points` must outlive the scan and stay unchanged.
    explicit EuclideanScan(const PointSet &points);

    /// False when a squared norm overflows (values beyond about 1e150), where the bound says nothing.
    bool accepts(const Eigen::Ref<const Eigen::MatrixXd> &queries) const;
    /// Offers the points to heaps[i] (sized to k, reset) for query row i; the heaps are left unsorted.
    void search(const Eigen::Ref<const Eigen::MatrixXd> &queries, std::vector<NeighbourHeap> &heaps) const;

private:
    using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

    /// Offers one block of points, whose products with the queries are `products`, to every heap.
    void offerBlock(const RowMatrix &queries, const Eigen::VectorXd &queryNorms, Eigen::Index first,
                    const RowMatrix &products, std::vector<NeighbourHeap> &heaps) const;

    const PointSet &m_points;
    Eigen::VectorXd m_norms;
    bool m_finite = true;
    double m_slack = 0; ///< bound on |product form − exact sum| per unit of the two squared norms
};

} // namespace streamml::model::learners
