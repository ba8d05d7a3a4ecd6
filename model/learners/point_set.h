#pragma once

#include <Eigen/Dense>
#include <cstddef>
#include <vector>

namespace streamml::model::learners {

/// Points stored row after row, with the accessors nanoflann's k-d tree reads (their names are nanoflann's).
class PointSet
{
public:
    explicit PointSet(int dimensions = 0);

    int dimensions() const { return m_dimensions; }
    size_t size() const { return m_dimensions == 0 ? 0 : m_values.size() / size_t(m_dimensions); }
    const double *point(size_t index) const { return m_values.data() + index * size_t(m_dimensions); }
    const std::vector<double> &values() const { return m_values; }

    void append(const Eigen::Ref<const Eigen::MatrixXd> &rows);
    /// Removes the `count` oldest points.
    void dropFront(size_t count);
    void setValues(std::vector<double> values) { m_values = std::move(values); }

    size_t kdtree_get_point_count() const { return size(); }
    double kdtree_get_pt(size_t index, size_t dimension) const { return m_values[index * size_t(m_dimensions) + dimension]; }
    template <class Box>
    bool kdtree_get_bbox(Box &) const
    {
        return false;
    }

private:
    int m_dimensions;
    std::vector<double> m_values;
};

} // namespace streamml::model::learners
