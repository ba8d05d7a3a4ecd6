#include "model/learners/point_set.h"

#include <algorithm>

namespace streamml::model::learners {

PointSet::PointSet(int dimensions)
    : m_dimensions(dimensions)
{
}

void PointSet::append(const Eigen::MatrixXd &rows)
{
    const size_t first = m_values.size();
    m_values.resize(first + size_t(rows.size()));
    double *out = m_values.data() + first;
    for (Eigen::Index r = 0; r < rows.rows(); ++r)
        for (Eigen::Index c = 0; c < rows.cols(); ++c)
            *out++ = rows(r, c);
}

void PointSet::dropFront(size_t count)
{
    const size_t values = std::min(m_values.size(), count * size_t(m_dimensions));
    m_values.erase(m_values.begin(), m_values.begin() + std::ptrdiff_t(values));
}

} // namespace streamml::model::learners
