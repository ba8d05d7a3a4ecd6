#include "model/learners/k_nearest_neighbours.h"

#include "model/core/error.h"
#include "model/learners/state_stream.h"

#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace streamml::model::learners {

namespace {

constexpr quint32 kStateVersion = 1;
// Rows searched per task when predicting in parallel.
constexpr Eigen::Index kRowsPerChunk = 256;

template <class T>
void dropFront(std::vector<T> &values, size_t count)
{
    values.erase(values.begin(), values.begin() + qint64(std::min(count, values.size())));
}

} // namespace

KNearestNeighbours::KNearestNeighbours(KnnParams params)
    : m_params(params)
{
    m_params.validate();
}

bool KNearestNeighbours::kdTreeFor(qint64 rows, qint64 features, int k)
{
    return !(features > 15 || k >= rows / 2 || rows <= 80);
}

void KNearestNeighbours::setRowTags(std::vector<qint64> tags)
{
    m_pendingTags = std::move(tags);
}

void KNearestNeighbours::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    checkInput(x, &y, true);
    m_featureCount = int(x.cols());
    m_classCount = 0;
    m_index.reset(m_featureCount);
    m_targets.clear();
    m_rowIds.clear();
    m_tags.clear();
    m_nextRow = 0;
    addRows(x, y);
}

void KNearestNeighbours::partialFit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    if (m_targets.empty()) {
        fit(x, y);
        return;
    }
    checkInput(x, &y);
    addRows(x, y);
}

void KNearestNeighbours::addRows(const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    std::vector<qint64> tags = std::move(m_pendingTags);
    m_pendingTags.clear();
    if (!tags.empty() && tags.size() != 1 && qint64(tags.size()) != x.rows())
        throw core::Error::input(QStringLiteral("knn: %1 row tags for %2 rows").arg(tags.size()).arg(x.rows()));
    // Rows beyond the window would be dropped at once; skip them but keep their stream positions.
    const Eigen::Index first = std::max<Eigen::Index>(0, x.rows() - m_params.window);
    m_index.append(x.bottomRows(x.rows() - first));
    for (Eigen::Index row = first; row < x.rows(); ++row) {
        m_targets.push_back(y[row]);
        m_rowIds.push_back(m_nextRow + row);
        m_tags.push_back(tags.empty() ? -1 : tags.size() == 1 ? tags[0] : tags[size_t(row)]);
        if (m_params.task == Task::Classification)
            m_classCount = std::max(m_classCount, int(y[row]) + 1);
    }
    m_nextRow += x.rows();
    const size_t excess = m_targets.size() > size_t(m_params.window) ? m_targets.size() - size_t(m_params.window) : 0;
    m_index.dropOldest(excess);
    dropFront(m_targets, excess);
    dropFront(m_rowIds, excess);
    dropFront(m_tags, excess);
    rebuildIndex();
}

void KNearestNeighbours::rebuildIndex()
{
    const qint64 rows = storedRowCount();
    bool kdTree = m_params.algorithm == KnnParams::Algorithm::KdTree;
    if (m_params.algorithm == KnnParams::Algorithm::Auto)
        kdTree = kdTreeFor(rows, m_featureCount, m_params.neighbours);
    m_index.rebuild(m_params.metric, kdTree);
}

void KNearestNeighbours::weigh(const NeighbourHeap &heap, std::vector<double> &distances,
                               std::vector<double> &weights) const
{
    const size_t k = size_t(heap.k());
    bool exact = false;
    for (size_t i = 0; i < k; ++i) {
        distances[i] = m_index.trueDistance(heap.distances()[i]);
        exact = exact || distances[i] == 0.0;
    }
    for (size_t i = 0; i < k; ++i) {
        if (m_params.weights == KnnParams::Weights::Uniform)
            weights[i] = 1.0;
        else if (exact) // scikit-learn: a query on a training row is decided by the rows at distance zero only
            weights[i] = distances[i] == 0.0 ? 1.0 : 0.0;
        else
            weights[i] = 1.0 / distances[i];
    }
}

void KNearestNeighbours::searchRows(const Eigen::MatrixXd &x, const QueryUse &use) const
{
    checkInput(x, nullptr);
    const size_t k = size_t(m_params.neighbours);
    const auto searchChunk = [&](const Eigen::Index &chunk) {
        const Eigen::Index first = chunk * kRowsPerChunk;
        const Eigen::Index count = std::min(x.rows() - first, kRowsPerChunk);
        std::vector<NeighbourHeap> heaps(size_t(count), NeighbourHeap(m_params.neighbours));
        m_index.search(x.middleRows(first, count), heaps);
        std::vector<double> distances(k);
        std::vector<double> weights(k);
        for (Eigen::Index i = 0; i < count; ++i) {
            weigh(heaps[size_t(i)], distances, weights);
            use(first + i, heaps[size_t(i)], distances, weights);
        }
    };
    std::vector<Eigen::Index> chunks(size_t((x.rows() + kRowsPerChunk - 1) / kRowsPerChunk));
    std::iota(chunks.begin(), chunks.end(), 0);
    if (chunks.size() == 1)
        searchChunk(chunks[0]);
    else if (chunks.size() > 1)
        QtConcurrent::blockingMap(chunks, searchChunk);
}

Eigen::VectorXd KNearestNeighbours::predict(const Eigen::MatrixXd &x) const
{
    if (m_params.task == Task::Classification) {
        const Eigen::MatrixXd weights = classWeights(x);
        Eigen::VectorXd result(x.rows());
        for (Eigen::Index row = 0; row < x.rows(); ++row) {
            // The first of equal maxima: the smallest class index, as scikit-learn's mode.
            Eigen::Index best = 0;
            for (Eigen::Index c = 1; c < weights.cols(); ++c)
                best = weights(row, c) > weights(row, best) ? c : best;
            result[row] = double(best);
        }
        return result;
    }
    Eigen::VectorXd result(x.rows());
    const bool uniform = m_params.weights == KnnParams::Weights::Uniform;
    searchRows(x, [&](Eigen::Index row, const NeighbourHeap &heap, const std::vector<double> &,
                      const std::vector<double> &weights) {
        double numerator = 0.0;
        double denominator = 0.0;
        for (size_t i = 0; i < weights.size(); ++i) {
            const double target = m_targets[heap.indexes()[i]];
            numerator += uniform ? target : target * weights[i];
            denominator += weights[i];
        }
        result[row] = uniform ? numerator / double(weights.size()) : numerator / denominator;
    });
    return result;
}

Eigen::MatrixXd KNearestNeighbours::predictProbabilities(const Eigen::MatrixXd &x) const
{
    if (m_params.task != Task::Classification)
        throw core::Error::model(QStringLiteral("knn: probabilities need a classification model"));
    Eigen::MatrixXd result = classWeights(x);
    for (Eigen::Index row = 0; row < result.rows(); ++row) {
        double total = 0.0;
        for (Eigen::Index c = 0; c < result.cols(); ++c)
            total += result(row, c);
        result.row(row) /= total == 0.0 ? 1.0 : total;
    }
    return result;
}

Eigen::MatrixXd KNearestNeighbours::classWeights(const Eigen::MatrixXd &x) const
{
    Eigen::MatrixXd result = Eigen::MatrixXd::Zero(x.rows(), m_classCount);
    searchRows(x, [&](Eigen::Index row, const NeighbourHeap &heap, const std::vector<double> &,
                      const std::vector<double> &weights) {
        for (size_t i = 0; i < weights.size(); ++i)
            result(row, Eigen::Index(m_targets[heap.indexes()[i]])) += weights[i];
    });
    return result;
}

std::vector<Neighbour> KNearestNeighbours::neighbours(const Eigen::MatrixXd &x, Eigen::Index row) const
{
    if (row < 0 || row >= x.rows())
        throw core::Error::input(QStringLiteral("knn: row %1 is outside 0..%2").arg(row).arg(x.rows() - 1));
    std::vector<Neighbour> result;
    searchRows(x.middleRows(row, 1), [&](Eigen::Index, const NeighbourHeap &heap, const std::vector<double> &distances,
                                          const std::vector<double> &) {
        for (size_t i = 0; i < distances.size(); ++i) {
            const size_t stored = heap.indexes()[i];
            result.push_back(Neighbour{m_rowIds[stored], distances[i], m_targets[stored], m_tags[stored]});
        }
    });
    return result;
}

void KNearestNeighbours::checkInput(const Eigen::MatrixXd &x, const Eigen::VectorXd *y, bool fromScratch) const
{
    const bool trained = !m_targets.empty();
    if (!y && !trained)
        throw core::Error::model(QStringLiteral("knn: the model is not trained yet"));
    if (!y && storedRowCount() < m_params.neighbours)
        throw core::Error::model(QStringLiteral("knn: n_neighbors = %1 but only %2 training rows are stored")
                                     .arg(m_params.neighbours)
                                     .arg(storedRowCount()));
    if (((trained && !fromScratch) || !y) && x.cols() != m_featureCount)
        throw core::Error::input(
            QStringLiteral("knn: got %1 features, the model was trained on %2").arg(x.cols()).arg(m_featureCount));
    if (y && y->size() != x.rows())
        throw core::Error::input(QStringLiteral("knn: %1 rows but %2 targets").arg(x.rows()).arg(y->size()));
    // One vectorised pass; the value is looked for only when there is one to name.
    const bool finite = x.allFinite();
    for (Eigen::Index c = 0; !finite && c < x.cols(); ++c) {
        for (Eigen::Index r = 0; r < x.rows(); ++r) {
            if (!std::isfinite(x(r, c)))
                throw core::Error::input(
                    QStringLiteral("knn: value %1 in row %2, feature %3 is not finite; impute missing values first")
                        .arg(x(r, c))
                        .arg(r)
                        .arg(c));
        }
    }
    for (Eigen::Index r = 0; y && r < y->size(); ++r) {
        const double target = (*y)[r];
        const bool ok = m_params.task == Task::Classification ? target >= 0 && target == std::floor(target) && target < 1e6
                                                              : std::isfinite(target);
        if (!ok)
            throw core::Error::input(QStringLiteral("knn: target %1 of row %2 is not a %3")
                                         .arg(target)
                                         .arg(r)
                                         .arg(m_params.task == Task::Classification ? QStringLiteral("class index")
                                                                                     : QStringLiteral("finite number")));
    }
}

QJsonObject KNearestNeighbours::describe() const
{
    return QJsonObject{
        {QStringLiteral("family"), family()},
        {QStringLiteral("task"), taskName(task())},
        {QStringLiteral("trained"), !m_targets.empty()},
        {QStringLiteral("features"), m_featureCount},
        {QStringLiteral("classes"), m_classCount},
        {QStringLiteral("stored_rows"), double(storedRowCount())},
        {QStringLiteral("rows_seen"), double(m_nextRow)},
        {QStringLiteral("search"), usesKdTree() ? QStringLiteral("kd_tree") : QStringLiteral("brute")},
    };
}

std::unique_ptr<Learner> KNearestNeighbours::clone() const
{
    return std::make_unique<KNearestNeighbours>(*this);
}

void KNearestNeighbours::save(QDataStream &out) const
{
    StateStream state(out, family());
    state.writeHeader(kStateVersion);
    state.writeJson(m_params.toJson());
    out << qint32(m_classCount) << qint32(m_featureCount) << m_nextRow;
    state.writeDoubles(m_index.points().values());
    state.writeDoubles(m_targets);
    state.writeIntegers(m_rowIds);
    state.writeIntegers(m_tags);
}

void KNearestNeighbours::load(QDataStream &in)
{
    StateStream state(in, family());
    state.readHeader(kStateVersion);
    const KnnParams params = KnnParams::fromJson(state.readJson(QStringLiteral("hyper-parameters")));
    qint32 classCount = 0;
    qint32 featureCount = 0;
    qint64 nextRow = 0;
    in >> classCount >> featureCount >> nextRow;
    state.check(QStringLiteral("sizes"));
    std::vector<double> points = state.readDoubles(QStringLiteral("training rows"));
    std::vector<double> targets = state.readDoubles(QStringLiteral("targets"));
    std::vector<qint64> rowIds = state.readIntegers(QStringLiteral("row positions"));
    std::vector<qint64> tags = state.readIntegers(QStringLiteral("row tags"));
    const size_t rows = targets.size();
    if (featureCount <= 0 || classCount < 0 || points.size() != rows * size_t(featureCount) || rowIds.size() != rows
        || tags.size() != rows)
        state.fail(QStringLiteral("its sizes are inconsistent"));
    m_params = params;
    m_classCount = classCount;
    m_featureCount = featureCount;
    m_nextRow = nextRow;
    PointSet stored(featureCount);
    stored.setValues(std::move(points));
    m_index.setPoints(std::move(stored));
    m_targets = std::move(targets);
    m_rowIds = std::move(rowIds);
    m_tags = std::move(tags);
    rebuildIndex();
}

} // namespace streamml::model::learners
