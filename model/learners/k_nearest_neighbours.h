#pragma once

#include "model/learners/knn_params.h"
#include "model/learners/learner.h"
#include "model/learners/neighbour.h"
#include "model/learners/neighbour_index.h"

#include <functional>
#include <vector>

namespace streamml::model::learners {

/// k-nearest neighbours over a sliding window of training rows, predicting as scikit-learn's KNeighbors* (ties included).
class KNearestNeighbours final : public Learner
{
public:
    explicit KNearestNeighbours(KnnParams params = {});

    QString family() const override { return QStringLiteral("knn"); }
    Task task() const override { return m_params.task; }
    int classCount() const override { return m_classCount; }

    /// Keeps the last `window` rows of x.
    void fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y) override;
    /// Appends the rows, drops the oldest beyond the window and rebuilds the search index.
    void partialFit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y) override;
    Eigen::VectorXd predict(const Eigen::MatrixXd &x) const override;
    Eigen::MatrixXd predictProbabilities(const Eigen::MatrixXd &x) const override;

    QJsonObject hyperparameters() const override { return m_params.toJson(); }
    QJsonObject describe() const override;
    std::unique_ptr<Learner> clone() const override;
    void save(QDataStream &out) const override;
    void load(QDataStream &in) override;

    const KnnParams &params() const { return m_params; }
    /// Tags for the rows of the next fit() or partialFit(): one per row, or one for all (e.g. the batch id).
    void setRowTags(std::vector<qint64> tags);
    /// The k nearest stored rows to row `row` of `x`, nearest first.
    std::vector<Neighbour> neighbours(const Eigen::MatrixXd &x, Eigen::Index row) const;
    qint64 storedRowCount() const { return qint64(m_targets.size()); }
    bool usesKdTree() const { return m_index.usesKdTree(); }
    /// The search rule of "auto", scikit-learn's plus small sets: scan every row when there are more than
    /// 15 features, when k >= rows / 2, or for at most 80 rows (where scikit-learn's k-d tree is one leaf
    /// scanned in row order); otherwise a k-d tree. Rows at the same distance as the k-th neighbour are
    /// decided in search order: row order for a scan, as scikit-learn's, tree order for a k-d tree.
    static bool kdTreeFor(qint64 rows, qint64 features, int k);

private:
    /// Checks sizes, targets and values; `fromScratch` skips the comparison with the trained feature count.
    void checkInput(const Eigen::MatrixXd &x, const Eigen::VectorXd *y, bool fromScratch = false) const;
    void addRows(const Eigen::MatrixXd &x, const Eigen::VectorXd &y);
    void rebuildIndex();
    /// Summed neighbour weights per row and class, before normalising.
    Eigen::MatrixXd classWeights(const Eigen::MatrixXd &x) const;
    /// What predictions do with one searched row: its neighbours, their distances and weights.
    using QueryUse = std::function<void(Eigen::Index row, const NeighbourHeap &heap, const std::vector<double> &distances,
                                        const std::vector<double> &weights)>;
    /// Searches every row of x (in parallel chunks) and hands each result to `use`.
    void searchRows(const Eigen::MatrixXd &x, const QueryUse &use) const;
    /// The true distances and the weights of the neighbours in a searched heap.
    void weigh(const NeighbourHeap &heap, std::vector<double> &distances, std::vector<double> &weights) const;

    KnnParams m_params;
    int m_classCount = 0;
    int m_featureCount = 0;
    NeighbourIndex m_index;
    std::vector<double> m_targets;
    std::vector<qint64> m_rowIds;
    std::vector<qint64> m_tags;
    qint64 m_nextRow = 0;
    std::vector<qint64> m_pendingTags;
};

} // namespace streamml::model::learners
