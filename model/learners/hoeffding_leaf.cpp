#include "model/learners/hoeffding_leaf.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace streamml::model::learners {

namespace {

int argmax(const std::vector<double> &values)
{
    return int(std::max_element(values.begin(), values.end()) - values.begin());
}

std::vector<double> normalised(std::vector<double> weights)
{
    double total = 0.0;
    for (double w : weights)
        total += w;
    for (double &w : weights)
        w = total > 0.0 ? w / total : 1.0 / double(weights.size());
    return weights;
}

} // namespace

HoeffdingLeaf::HoeffdingLeaf(int featureCount, double initialWeight)
    : m_observers(size_t(featureCount))
    , m_weightAtLastAttempt(initialWeight)
{
}

void HoeffdingLeaf::learn(const Eigen::MatrixXd &x, Eigen::Index row, int classIndex,
                          const std::vector<double> &classWeights, Prediction mode)
{
    if (mode == Prediction::NaiveBayesAdaptive && !classWeights.empty()) {
        // Score both predictors on the row before learning from it.
        if (argmax(classWeights) == classIndex)
            m_majorityCorrect += 1.0;
        if (argmax(naiveBayes(x, row, classWeights)) == classIndex)
            m_naiveBayesCorrect += 1.0;
    }
    for (size_t f = 0; f < m_observers.size(); ++f)
        m_observers[f].add(x(row, Eigen::Index(f)), classIndex, 1.0);
}

std::vector<double> HoeffdingLeaf::probabilities(const Eigen::MatrixXd &x, Eigen::Index row,
                                                 const std::vector<double> &classWeights, Prediction mode,
                                                 double naiveBayesThreshold) const
{
    double total = 0.0;
    for (double w : classWeights)
        total += w;
    const bool bayes = mode == Prediction::NaiveBayes
        ? total >= naiveBayesThreshold
        : mode == Prediction::NaiveBayesAdaptive && m_naiveBayesCorrect >= m_majorityCorrect;
    return bayes && total > 0.0 ? naiveBayes(x, row, classWeights) : normalised(classWeights);
}

std::vector<double> HoeffdingLeaf::naiveBayes(const Eigen::MatrixXd &x, Eigen::Index row,
                                              const std::vector<double> &classWeights) const
{
    double total = 0.0;
    for (double w : classWeights)
        total += w;
    std::vector<double> logVotes(classWeights.size(), -std::numeric_limits<double>::infinity());
    for (size_t c = 0; c < classWeights.size(); ++c) {
        if (classWeights[c] <= 0.0)
            continue;
        logVotes[c] = std::log(classWeights[c] / total);
        for (size_t f = 0; f < m_observers.size(); ++f) {
            const double value = x(row, Eigen::Index(f));
            const double density = std::isnan(value) ? 0.0 : m_observers[f].density(value, int(c));
            if (density > 0.0) // unknown or degenerate likelihoods are left out, as River does
                logVotes[c] += std::log(density);
        }
    }
    const double largest = *std::max_element(logVotes.begin(), logVotes.end());
    std::vector<double> votes(classWeights.size());
    for (size_t c = 0; c < votes.size(); ++c)
        votes[c] = std::exp(logVotes[c] - largest);
    return normalised(std::move(votes));
}

std::vector<SplitSuggestion> HoeffdingLeaf::splitSuggestions(const SplitCriterion &criterion,
                                                             const std::vector<double> &classWeights,
                                                             int splitPoints, double minBranchFraction) const
{
    std::vector<SplitSuggestion> suggestions;
    SplitSuggestion none;
    none.merit = 0.0;
    suggestions.push_back(none);
    for (size_t f = 0; f < m_observers.size(); ++f)
        suggestions.push_back(m_observers[f].bestSplit(criterion, classWeights, int(f), splitPoints, minBranchFraction));
    return suggestions;
}

void HoeffdingLeaf::save(QDataStream &out) const
{
    out << m_weightAtLastAttempt << m_majorityCorrect << m_naiveBayesCorrect << qint32(m_observers.size());
    for (const GaussianAttributeObserver &observer : m_observers)
        observer.save(out);
}

void HoeffdingLeaf::load(QDataStream &in, int classCount)
{
    qint32 features = 0;
    in >> m_weightAtLastAttempt >> m_majorityCorrect >> m_naiveBayesCorrect >> features;
    if (in.status() != QDataStream::Ok || features < 0 || features != qint32(m_observers.size())) {
        in.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    for (GaussianAttributeObserver &observer : m_observers)
        observer.load(in, classCount);
}

} // namespace streamml::model::learners
