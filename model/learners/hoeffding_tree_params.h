#pragma once

#include "model/learners/hoeffding_leaf.h"

#include <QJsonObject>
#include <QString>

namespace streamml::model::learners {

/// Hyper-parameters of the Hoeffding tree (VFDT); JSON keys follow scikit-multiflow's names.
struct HoeffdingTreeParams
{
    int gracePeriod = 200;                 ///< "grace_period": 1..1e9 rows a leaf sees between split attempts
    double splitConfidence = 1e-7;         ///< "split_confidence": (0, 1], 1 − confidence of the Hoeffding bound
    double tieThreshold = 0.05;            ///< "tie_threshold": 0..1, split anyway when the bound falls below it
    QString splitCriterion = QStringLiteral("info_gain"); ///< "split_criterion": "info_gain" | "gini"
    HoeffdingLeaf::Prediction leafPrediction = HoeffdingLeaf::Prediction::NaiveBayesAdaptive; ///< "leaf_prediction": "majority" | "naive_bayes" | "naive_bayes_adaptive"
    int maxDepth = 0;                      ///< "max_depth": 0..1000, 0 = no limit
    int splitPoints = 10;                  ///< "split_points": 1..1000 candidate thresholds per attribute
    double minBranchFraction = 0.01;       ///< "min_branch_fraction": 0..0.5 of the weight each branch needs
    double naiveBayesThreshold = 0.0;      ///< "nb_threshold": 0..1e9 weight a leaf needs before naive Bayes

    /// Reads and validates; throws Error::settings naming the bad or unknown key and the accepted range.
    static HoeffdingTreeParams fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    /// Throws Error::settings when a field is out of range.
    void validate() const;
    /// The registered split criterion behind splitCriterion ("entropy" for information gain).
    QString criterionName() const;
};

} // namespace streamml::model::learners
