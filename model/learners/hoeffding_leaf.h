#pragma once

#include "model/learners/gaussian_attribute_observer.h"
#include "model/learners/split_suggestion.h"

#include <Eigen/Dense>
#include <QDataStream>
#include <vector>

namespace streamml::model::learners {

/// What a Hoeffding tree leaf learns: attribute observers, its last split attempt and its predictors' hit counts.
class HoeffdingLeaf
{
public:
    enum class Prediction { Majority, NaiveBayes, NaiveBayesAdaptive };

    HoeffdingLeaf(int featureCount, double initialWeight);

    /// Learns one row of class `classIndex`; `classWeights` is the leaf's distribution before this row.
    void learn(const Eigen::MatrixXd &x, Eigen::Index row, int classIndex, const std::vector<double> &classWeights,
               Prediction mode);
    /// Class probabilities for a row, from the leaf's distribution `classWeights` (classCount columns).
    std::vector<double> probabilities(const Eigen::MatrixXd &x, Eigen::Index row,
                                      const std::vector<double> &classWeights, Prediction mode,
                                      double naiveBayesThreshold) const;
    /// The best split of every attribute, plus the "do not split" option with merit 0.
    std::vector<SplitSuggestion> splitSuggestions(const SplitCriterion &criterion,
                                                  const std::vector<double> &classWeights, int splitPoints,
                                                  double minBranchFraction) const;

    double weightAtLastAttempt() const { return m_weightAtLastAttempt; }
    void setWeightAtLastAttempt(double weight) { m_weightAtLastAttempt = weight; }

    void save(QDataStream &out) const;
    void load(QDataStream &in, int classCount);

private:
    std::vector<double> naiveBayes(const Eigen::MatrixXd &x, Eigen::Index row,
                                   const std::vector<double> &classWeights) const;

    std::vector<GaussianAttributeObserver> m_observers;
    double m_weightAtLastAttempt = 0.0;
    double m_majorityCorrect = 0.0;
    double m_naiveBayesCorrect = 0.0;
};

} // namespace streamml::model::learners
