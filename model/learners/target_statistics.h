#pragma once

#include "model/learners/task.h"

#include <QtGlobal>
#include <cstddef>
#include <span>
#include <vector>

namespace streamml::model::learners {

/// Weighted target statistics of a set of rows: class weights (classification) or sum and sum of squares (regression).
class TargetStatistics
{
public:
    TargetStatistics() = default;
    TargetStatistics(Task task, int classCount);

    Task task() const { return m_task; }
    int classCount() const { return m_classCount; }
    double weight() const { return m_weight; }
    double classWeight(int classIndex) const { return m_values[size_t(classIndex)]; }
    double sum() const { return m_values[0]; }
    double sumSquares() const { return m_values[1]; }

    void clear();
    void add(double target, double weight = 1.0)
    {
        m_weight += weight;
        if (m_task == Task::Classification) {
            m_values[size_t(target)] += weight;
        } else {
            m_values[0] += weight * target;
            m_values[1] += weight * target * target;
        }
    }
    /// Adds `count` targets of weight 1, with the same result as adding them one by one in order, as long
    /// as the weights held so far are whole numbers (unweighted rows, as CART's).
    void addRange(const double *targets, qint64 count);
    void add(const TargetStatistics &other);
    /// Sets this to `a` plus `b` (statistics of the same shape).
    void setSum(const TargetStatistics &a, const TargetStatistics &b);
    /// Sets this to `a` minus `b` (statistics of the same shape).
    void setDifference(const TargetStatistics &a, const TargetStatistics &b);
    /// Sets class weights directly, e.g. from a leaf's class distribution.
    void setClassWeights(std::span<const double> weights);

private:
    Task m_task = Task::Classification;
    int m_classCount = 0;
    double m_weight = 0;
    std::vector<double> m_values;
};

} // namespace streamml::model::learners
