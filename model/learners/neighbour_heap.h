#pragma once

#include <cstddef>
#include <vector>

namespace streamml::model::learners {

/// The k nearest candidates in scikit-learn's fixed-size max-heap, so equal distances are kept and ordered as there.
class NeighbourHeap
{
public:
    explicit NeighbourHeap(int k);

    /// Empties the heap (every slot at infinite distance).
    void reset();
    /// Offers a candidate; it replaces the farthest one only when strictly nearer.
    void push(double distance, size_t index);
    /// Sorts nearest first; call once after the last push.
    void sort();

    int k() const { return int(m_distances.size()); }
    const std::vector<double> &distances() const { return m_distances; }
    const std::vector<size_t> &indexes() const { return m_indexes; }

    // The result-set interface nanoflann's search calls.
    bool addPoint(double distance, unsigned index)
    {
        push(distance, index);
        return true;
    }
    double worstDist() const { return m_distances[0]; }
    bool full() const { return m_pushed >= m_distances.size(); }
    size_t size() const { return std::min(m_pushed, m_distances.size()); }

private:
    void sortRange(size_t first, size_t size);
    void swap(size_t a, size_t b);

    std::vector<double> m_distances;
    std::vector<size_t> m_indexes;
    size_t m_pushed = 0;
};

} // namespace streamml::model::learners
