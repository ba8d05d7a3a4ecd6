#include "model/learners/euclidean_scan.h"

#include "model/learners/point_metric.h"

#include <limits>

namespace streamml::model::learners {

namespace {

/// Points per block: the block's products with 256 queries take 2 MB.
constexpr Eigen::Index kBlockPoints = 1024;

} // namespace

EuclideanScan::EuclideanScan(const PointSet &points)
    : m_points(points)
{
    const Eigen::Index dimensions = points.dimensions();
    const Eigen::Map<const RowMatrix> all(points.values().data(), Eigen::Index(points.size()), dimensions);
    m_norms = all.rowwise().squaredNorm();
    m_finite = m_norms.allFinite();
    // ‖q‖² + ‖p‖² − 2 q·p and the summed squares each err by at most about 2(d + 2)·ε·(‖q‖² + ‖p‖²);
    // the slack is twice their sum.
    m_slack = 8.0 * double(dimensions + 2) * std::numeric_limits<double>::epsilon();
}

bool EuclideanScan::accepts(const Eigen::Ref<const Eigen::MatrixXd> &queries) const
{
    return m_finite && queries.rowwise().squaredNorm().allFinite();
}

void EuclideanScan::search(const Eigen::Ref<const Eigen::MatrixXd> &queries, std::vector<NeighbourHeap> &heaps) const
{
    const RowMatrix rows = queries;
    const Eigen::VectorXd queryNorms = rows.rowwise().squaredNorm();
    const Eigen::Map<const RowMatrix> all(m_points.values().data(), Eigen::Index(m_points.size()), m_points.dimensions());
    RowMatrix products;
    for (Eigen::Index first = 0; first < all.rows(); first += kBlockPoints) {
        const Eigen::Index count = std::min(kBlockPoints, all.rows() - first);
        products.noalias() = rows * all.middleRows(first, count).transpose();
        offerBlock(rows, queryNorms, first, products, heaps);
    }
}

void EuclideanScan::offerBlock(const RowMatrix &queries, const Eigen::VectorXd &queryNorms, Eigen::Index first,
                               const RowMatrix &products, std::vector<NeighbourHeap> &heaps) const
{
    const size_t dimensions = size_t(m_points.dimensions());
    for (Eigen::Index q = 0; q < queries.rows(); ++q) {
        NeighbourHeap &heap = heaps[size_t(q)];
        const double *query = queries.row(q).data();
        const double queryBound = (1.0 - m_slack) * queryNorms[q];
        for (Eigen::Index j = 0; j < products.cols(); ++j) {
            const Eigen::Index point = first + j;
            // A lower bound of the exact distance; a point not below the k-th nearest cannot enter.
            const double lower = queryBound + (1.0 - m_slack) * m_norms[point] - 2.0 * products(q, j);
            if (lower > heap.worstDist())
                continue;
            heap.push(PointMetric<DistanceMetric::Euclidean>::reduced(query, m_points.point(size_t(point)), dimensions),
                      size_t(point));
        }
    }
}

} // namespace streamml::model::learners
