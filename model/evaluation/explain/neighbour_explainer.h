#pragma once

#include <Eigen/Dense>
#include <QStringList>
#include <memory>
#include <vector>

namespace streamml::model::learners {
class KNearestNeighbours;
}

namespace streamml::model::evaluation::explain {

/// Explains a kNN prediction by the training rows behind it: the k nearest stored rows with their
/// distances, targets as labels, and tags (the batch each row came from).
class NeighbourExplainer
{
public:
    /// One neighbour.
    struct Neighbour
    {
        qint64 row = 0;        ///< position of the training row in the stream since fit()
        double distance = 0;
        double target = 0;     ///< class index or value
        QString label;         ///< the class label, or the value as text
        qint64 tag = -1;       ///< the tag given with the row (the batch id); -1 when none
    };

    NeighbourExplainer(std::shared_ptr<const learners::KNearestNeighbours> knn, QStringList classLabels = {});

    /// Nearest first; throws Error::input for a row of another width.
    std::vector<Neighbour> neighbours(const Eigen::RowVectorXd &row) const;

private:
    std::shared_ptr<const learners::KNearestNeighbours> m_knn;
    QStringList m_classLabels;
};

} // namespace streamml::model::evaluation::explain
