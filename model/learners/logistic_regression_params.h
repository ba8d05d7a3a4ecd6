#pragma once

#include <QJsonObject>
#include <QString>

namespace streamml::model::learners {

/// Hyper-parameters of LogisticRegression, with their JSON keys.
struct LogisticRegressionParams
{
    double c = 1.0;                           ///< "C": inverse L2 strength, as scikit-learn's C (> 0)
    bool fitIntercept = true;                 ///< "fit_intercept"
    QString solver = QStringLiteral("auto");  ///< "solver": auto, newton, lbfgs
    int maxIter = 500;                        ///< "max_iter": solver iterations (1..100000)
    double tol = 1e-8;                        ///< "tol": max |gradient| per row at convergence (> 0)
    int classCount = 0;                       ///< "class_count": 0 = one more than the largest target
    double forgetting = 1.0;                  ///< "forgetting": weight partialFit keeps for earlier rows, (0, 1]

    QJsonObject toJson() const;
    /// Defaults for absent keys; throws Error::settings naming a bad key or value and the accepted range.
    static LogisticRegressionParams fromJson(const QJsonObject &json);
};

} // namespace streamml::model::learners
