#include "model/learners/gaussian_attribute_observer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace streamml::model::learners {

namespace {

double impurityOf(const SplitCriterion &criterion, const std::vector<double> &weights)
{
    TargetStatistics statistics(Task::Classification, int(weights.size()));
    statistics.setClassWeights(weights);
    return statistics.weight() > 0.0 ? criterion.impurity(statistics) : 0.0;
}

double total(const std::vector<double> &weights)
{
    double sum = 0.0;
    for (double w : weights)
        sum += w;
    return sum;
}

} // namespace

void GaussianAttributeObserver::add(double value, int classIndex, double weight)
{
    if (std::isnan(value))
        return;
    if (classIndex >= int(m_classes.size()))
        m_classes.resize(size_t(classIndex) + 1);
    m_classes[size_t(classIndex)].add(value, weight);
}

double GaussianAttributeObserver::density(double value, int classIndex) const
{
    return classIndex < int(m_classes.size()) ? m_classes[size_t(classIndex)].density(value) : 0.0;
}

SplitSuggestion GaussianAttributeObserver::bestSplit(const SplitCriterion &criterion,
                                                     const std::vector<double> &classWeights, int feature,
                                                     int splitPoints, double minBranchFraction) const
{
    double minimum = std::numeric_limits<double>::infinity();
    double maximum = -std::numeric_limits<double>::infinity();
    for (const GaussianEstimator &estimator : m_classes) {
        if (estimator.weight() > 0.0) {
            minimum = std::min(minimum, estimator.minimum());
            maximum = std::max(maximum, estimator.maximum());
        }
    }
    SplitSuggestion best;
    if (!(minimum < maximum))
        return best;
    const double parentImpurity = impurityOf(criterion, classWeights);
    const double step = (maximum - minimum) / (splitPoints + 1.0);
    const size_t classCount = classWeights.size();
    std::vector<double> left(classCount, 0.0);
    std::vector<double> right(classCount, 0.0);
    for (int i = 1; i <= splitPoints; ++i) {
        const double threshold = minimum + step * i;
        if (!(threshold > minimum && threshold < maximum))
            continue;
        for (size_t c = 0; c < std::min(classCount, m_classes.size()); ++c) {
            left[c] = m_classes[c].weightAtOrBelow(threshold);
            right[c] = m_classes[c].weight() - left[c];
        }
        const double leftWeight = total(left);
        const double rightWeight = total(right);
        const double all = leftWeight + rightWeight;
        if (all <= 0.0 || leftWeight / all <= minBranchFraction || rightWeight / all <= minBranchFraction)
            continue;
        const double merit = parentImpurity
            - (leftWeight / all) * impurityOf(criterion, left) - (rightWeight / all) * impurityOf(criterion, right);
        if (merit > best.merit) {
            best.feature = feature;
            best.threshold = threshold;
            best.merit = merit;
            best.left = left;
            best.right = right;
        }
    }
    return best;
}

void GaussianAttributeObserver::save(QDataStream &out) const
{
    out << qint32(m_classes.size());
    for (const GaussianEstimator &estimator : m_classes)
        estimator.save(out);
}

void GaussianAttributeObserver::load(QDataStream &in, int classCount)
{
    qint32 count = 0;
    in >> count;
    if (count < 0 || count > classCount) {
        in.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    m_classes.assign(size_t(count), GaussianEstimator());
    for (GaussianEstimator &estimator : m_classes)
        estimator.load(in);
}

} // namespace streamml::model::learners
