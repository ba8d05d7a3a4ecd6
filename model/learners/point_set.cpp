#include "model/learners/point_set.h"

#include <algorithm>

namespace streamml::model::learners {

PointSet::PointSet(int dimensions)
    : m_dimensions(dimensions)
{
}

void PointSet::append(const Eigen::Ref<const Eigen::MatrixXd> &rows)
{
    const size_t first = m_values.size();
    m_values.resize(first + size_t(rows.size()));
    using RowMajor = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    Eigen::Map<RowMajor>(m_values.data() + first, rows.rows(), rows.cols()) = rows;
}

void PointSet::dropFront(size_t count)
{
    const size_t values = std::min(m_values.size(), count * size_t(m_dimensions));
    m_values.erase(m_values.begin(), m_values.begin() + std::ptrdiff_t(values));
}

} // namespace streamml::model::learners
