#include "model/learners/target_statistics.h"

#include <algorithm>

namespace streamml::model::learners {

TargetStatistics::TargetStatistics(Task task, int classCount)
    : m_task(task)
    , m_classCount(task == Task::Classification ? classCount : 0)
    , m_values(task == Task::Classification ? size_t(classCount) : 2, 0.0)
{
}

void TargetStatistics::clear()
{
    m_weight = 0;
    std::fill(m_values.begin(), m_values.end(), 0.0);
}

void TargetStatistics::addRange(const double *targets, qint64 count)
{
    // Weights and class counts are whole numbers, exact in doubles, so they may be added in any grouping.
    m_weight += double(count);
    if (m_task == Task::Classification) {
        if (m_classCount == 2) {
            double ones = 0.0;
            for (qint64 i = 0; i < count; ++i)
                ones += targets[i];
            m_values[1] += ones;
            m_values[0] += double(count) - ones;
            return;
        }
        for (qint64 i = 0; i < count; ++i)
            m_values[size_t(targets[i])] += 1.0;
        return;
    }
    // Sums of targets in the targets' order, in registers.
    double sum = m_values[0];
    double squares = m_values[1];
    for (qint64 i = 0; i < count; ++i) {
        sum += targets[i];
        squares += targets[i] * targets[i];
    }
    m_values[0] = sum;
    m_values[1] = squares;
}

void TargetStatistics::add(const TargetStatistics &other)
{
    m_weight += other.m_weight;
    for (size_t i = 0; i < m_values.size(); ++i)
        m_values[i] += other.m_values[i];
}

void TargetStatistics::setSum(const TargetStatistics &a, const TargetStatistics &b)
{
    m_weight = a.m_weight + b.m_weight;
    for (size_t i = 0; i < m_values.size(); ++i)
        m_values[i] = a.m_values[i] + b.m_values[i];
}

void TargetStatistics::setDifference(const TargetStatistics &a, const TargetStatistics &b)
{
    m_weight = a.m_weight - b.m_weight;
    for (size_t i = 0; i < m_values.size(); ++i)
        m_values[i] = a.m_values[i] - b.m_values[i];
}

void TargetStatistics::setClassWeights(std::span<const double> weights)
{
    m_weight = 0;
    for (size_t i = 0; i < m_values.size(); ++i) {
        m_values[i] = i < weights.size() ? weights[i] : 0.0;
        m_weight += m_values[i];
    }
}

} // namespace streamml::model::learners
