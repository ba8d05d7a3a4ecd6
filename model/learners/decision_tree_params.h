#pragma once

#include "model/learners/task.h"

#include <QJsonObject>
#include <QString>

namespace streamml::model::learners {

/// Hyper-parameters of the CART decision tree; JSON keys follow scikit-learn's names.
struct DecisionTreeParams
{
    Task task = Task::Classification;    ///< "task": "classification" | "regression"
    QString criterion;                   ///< "criterion": gini | entropy (classification), squared_error (regression); empty = the task's default
    int maxDepth = 0;                    ///< "max_depth": 0..1000, 0 = no limit
    int minSamplesSplit = 2;             ///< "min_samples_split": 2..1e9
    int minSamplesLeaf = 1;              ///< "min_samples_leaf": 1..1e9
    double minImpurityDecrease = 0.0;    ///< "min_impurity_decrease": 0..1e300
    double ccpAlpha = 0.0;               ///< "ccp_alpha": 0..1e300
    int randomState = 0;                 ///< "random_state": 0..2^31-1, decides between equal-quality splits

    /// Reads and validates; throws Error::settings naming the bad or unknown key and the accepted range.
    static DecisionTreeParams fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    /// The criterion actually used (the task's default when none is set).
    QString effectiveCriterion() const;
    /// Throws Error::settings when a field is out of range.
    void validate() const;
};

} // namespace streamml::model::learners
