#include "model/learners/neighbour_heap.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace streamml::model::learners {

NeighbourHeap::NeighbourHeap(int k)
    : m_distances(size_t(k), std::numeric_limits<double>::infinity())
    , m_indexes(size_t(k), 0)
{
}

void NeighbourHeap::reset()
{
    std::fill(m_distances.begin(), m_distances.end(), std::numeric_limits<double>::infinity());
    std::fill(m_indexes.begin(), m_indexes.end(), 0);
    m_pushed = 0;
}

void NeighbourHeap::push(double distance, size_t index)
{
    // scikit-learn's heap_push, step for step.
    ++m_pushed;
    const size_t size = m_distances.size();
    if (size == 0 || distance >= m_distances[0])
        return;
    size_t current = 0;
    while (true) {
        const size_t left = 2 * current + 1;
        const size_t right = left + 1;
        size_t next = 0;
        if (left >= size)
            break;
        if (right >= size) {
            if (m_distances[left] > distance)
                next = left;
            else
                break;
        } else if (m_distances[left] >= m_distances[right]) {
            if (distance < m_distances[left])
                next = left;
            else
                break;
        } else {
            if (distance < m_distances[right])
                next = right;
            else
                break;
        }
        m_distances[current] = m_distances[next];
        m_indexes[current] = m_indexes[next];
        current = next;
    }
    m_distances[current] = distance;
    m_indexes[current] = index;
}

void NeighbourHeap::sort()
{
    sortRange(0, m_distances.size());
}

void NeighbourHeap::swap(size_t a, size_t b)
{
    std::swap(m_distances[a], m_distances[b]);
    std::swap(m_indexes[a], m_indexes[b]);
}

void NeighbourHeap::sortRange(size_t first, size_t size)
{
    // scikit-learn's simultaneous_sort: median-of-three quicksort, not stable.
    double *v = m_distances.data() + first;
    if (size <= 1)
        return;
    if (size == 2) {
        if (v[0] > v[1])
            swap(first, first + 1);
        return;
    }
    if (size == 3) {
        if (v[0] > v[1])
            swap(first, first + 1);
        if (v[1] > v[2]) {
            swap(first + 1, first + 2);
            if (v[0] > v[1])
                swap(first, first + 1);
        }
        return;
    }
    const size_t middle = size / 2;
    if (v[0] > v[size - 1])
        swap(first, first + size - 1);
    if (v[size - 1] > v[middle]) {
        swap(first + size - 1, first + middle);
        if (v[0] > v[size - 1])
            swap(first, first + size - 1);
    }
    const double pivot = v[size - 1];
    size_t store = 0;
    for (size_t i = 0; i + 1 < size; ++i) {
        if (v[i] < pivot) {
            swap(first + i, first + store);
            ++store;
        }
    }
    swap(first + store, first + size - 1);
    if (store > 1)
        sortRange(first, store);
    if (store + 2 < size)
        sortRange(first + store + 1, size - store - 1);
}

} // namespace streamml::model::learners
