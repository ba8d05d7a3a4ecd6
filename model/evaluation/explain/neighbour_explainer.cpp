#include "model/evaluation/explain/neighbour_explainer.h"

#include "model/core/error.h"
#include "model/evaluation/explain/design_map.h"
#include "model/evaluation/explain/local_explanation.h"
#include "model/learners/k_nearest_neighbours.h"

namespace streamml::model::evaluation::explain {

NeighbourExplainer::NeighbourExplainer(std::shared_ptr<const learners::KNearestNeighbours> knn, QStringList classLabels)
    : m_knn(std::move(knn))
    , m_classLabels(LocalExplanation::classNames(m_knn ? m_knn->classCount() : 0, classLabels))
{
    if (!m_knn)
        throw core::Error::internal(QStringLiteral("no kNN model to explain"));
}

std::vector<NeighbourExplainer::Neighbour> NeighbourExplainer::neighbours(const Eigen::RowVectorXd &row) const
{
    std::vector<Neighbour> result;
    for (const learners::Neighbour &n : m_knn->neighbours(Eigen::MatrixXd(row), 0)) {
        const bool classification = m_knn->task() == learners::Task::Classification;
        const QString label = classification ? m_classLabels.value(int(n.target)) : DesignMap::number(n.target);
        result.push_back({n.row, n.distance, n.target, label, n.tag});
    }
    return result;
}

} // namespace streamml::model::evaluation::explain
