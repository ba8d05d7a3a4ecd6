#include "model/learners/neighbour_index.h"

#include "model/learners/euclidean_scan.h"
#include "model/learners/point_metric.h"

#include <nanoflann.hpp>

namespace streamml::model::learners {

namespace {

template <DistanceMetric Metric>
using KdTree = nanoflann::KDTreeSingleIndexAdaptor<PointMetric<Metric>, PointSet, -1, unsigned>;

// Points per k-d tree leaf: small leaves prune well for the k <= 50 searches of a kNN model.
constexpr size_t kLeafSize = 16;

template <DistanceMetric Metric>
void scan(const PointSet &points, const double *point, NeighbourHeap &heap)
{
    const size_t dimensions = size_t(points.dimensions());
    for (size_t i = 0; i < points.size(); ++i)
        heap.push(PointMetric<Metric>::reduced(point, points.point(i), dimensions), i);
}

} // namespace

/// The stored points and, when searching by k-d tree, the tree built over them.
struct NeighbourIndex::Search
{
    PointSet points;
    DistanceMetric metric = DistanceMetric::Euclidean;
    std::unique_ptr<KdTree<DistanceMetric::Euclidean>> euclidean;
    std::unique_ptr<KdTree<DistanceMetric::Manhattan>> manhattan;
    std::unique_ptr<EuclideanScan> euclideanScan; ///< many queries at once when scanning Euclidean distances

    bool kdTree() const { return euclidean || manhattan; }
};

NeighbourIndex::NeighbourIndex()
    : m_search(std::make_unique<Search>())
{
}

NeighbourIndex::NeighbourIndex(const NeighbourIndex &other)
    : m_search(std::make_unique<Search>())
{
    *this = other;
}

NeighbourIndex &NeighbourIndex::operator=(const NeighbourIndex &other)
{
    if (this != &other) {
        if (!m_search)
            m_search = std::make_unique<Search>();
        m_search->points = other.m_search->points;
        rebuild(other.m_search->metric, other.m_search->kdTree());
    }
    return *this;
}

NeighbourIndex::NeighbourIndex(NeighbourIndex &&) noexcept = default;
NeighbourIndex &NeighbourIndex::operator=(NeighbourIndex &&) noexcept = default;
NeighbourIndex::~NeighbourIndex() = default;

const PointSet &NeighbourIndex::points() const
{
    return m_search->points;
}

void NeighbourIndex::clearSearch()
{
    // The trees and the scan point into the stored points: they go before the points change.
    m_search->euclidean.reset();
    m_search->manhattan.reset();
    m_search->euclideanScan.reset();
}

void NeighbourIndex::reset(int dimensions)
{
    clearSearch();
    m_search->points = PointSet(dimensions);
}

void NeighbourIndex::append(const Eigen::Ref<const Eigen::MatrixXd> &rows)
{
    clearSearch();
    m_search->points.append(rows);
}

void NeighbourIndex::dropOldest(size_t count)
{
    clearSearch();
    m_search->points.dropFront(count);
}

void NeighbourIndex::setPoints(PointSet points)
{
    clearSearch();
    m_search->points = std::move(points);
}

void NeighbourIndex::rebuild(DistanceMetric metric, bool kdTree)
{
    Search &s = *m_search;
    s.metric = metric;
    clearSearch();
    if (!kdTree && metric == DistanceMetric::Euclidean)
        s.euclideanScan = std::make_unique<EuclideanScan>(s.points);
    if (!kdTree || s.points.size() == 0)
        return;
    const nanoflann::KDTreeSingleIndexAdaptorParams params(kLeafSize);
    if (metric == DistanceMetric::Euclidean)
        s.euclidean = std::make_unique<KdTree<DistanceMetric::Euclidean>>(s.points.dimensions(), s.points, params);
    else
        s.manhattan = std::make_unique<KdTree<DistanceMetric::Manhattan>>(s.points.dimensions(), s.points, params);
}

bool NeighbourIndex::usesKdTree() const
{
    return m_search->kdTree();
}

void NeighbourIndex::search(const Eigen::Ref<const Eigen::MatrixXd> &queries, std::vector<NeighbourHeap> &heaps) const
{
    for (NeighbourHeap &heap : heaps)
        heap.reset();
    const EuclideanScan *scan = m_search->euclideanScan.get();
    if (scan && scan->accepts(queries)) {
        scan->search(queries, heaps);
    } else {
        std::vector<double> point(size_t(queries.cols()));
        for (Eigen::Index row = 0; row < queries.rows(); ++row) {
            Eigen::Map<Eigen::RowVectorXd>(point.data(), queries.cols()) = queries.row(row);
            searchOne(point.data(), heaps[size_t(row)]);
        }
    }
    for (NeighbourHeap &heap : heaps)
        heap.sort();
}

void NeighbourIndex::searchOne(const double *point, NeighbourHeap &heap) const
{
    const Search &s = *m_search;
    if (s.euclidean)
        s.euclidean->findNeighbors(heap, point, nanoflann::SearchParams());
    else if (s.manhattan)
        s.manhattan->findNeighbors(heap, point, nanoflann::SearchParams());
    else if (s.metric == DistanceMetric::Euclidean)
        scan<DistanceMetric::Euclidean>(s.points, point, heap);
    else
        scan<DistanceMetric::Manhattan>(s.points, point, heap);
}

double NeighbourIndex::trueDistance(double reduced) const
{
    return m_search->metric == DistanceMetric::Euclidean ? PointMetric<DistanceMetric::Euclidean>::distance(reduced)
                                                         : reduced;
}

} // namespace streamml::model::learners
