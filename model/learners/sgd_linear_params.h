#pragma once

#include <QJsonObject>
#include <QString>

namespace streamml::model::learners {

/// Hyper-parameters of SgdLinear, with their JSON keys.
struct SgdLinearParams
{
    QString loss = QStringLiteral("log_loss");        ///< "loss": log_loss, modified_huber (classification), squared_error (regression)
    double alpha = 1e-4;                              ///< "alpha": L2 strength (>= 0; > 0 with learning_rate optimal)
    QString learningRate = QStringLiteral("optimal"); ///< "learning_rate": optimal, invscaling, constant; absent: invscaling for squared_error
    double eta0 = 0.01;                               ///< "eta0": first step of invscaling and the step of constant (> 0)
    double powerT = 0.25;                             ///< "power_t": decay exponent of invscaling (>= 0)
    int maxIter = 1000;                               ///< "max_iter": epochs of fit at most (1..100000)
    double tol = 1e-3;                                ///< "tol": an epoch improving the loss by less than tol·rows counts as no change (>= 0)
    int nIterNoChange = 5;                            ///< "n_iter_no_change": such epochs in a row that end fit (1..1000)
    bool fitIntercept = true;                         ///< "fit_intercept"
    int seed = 0;                                     ///< "seed": of the shuffling of rows in each epoch
    int classCount = 0;                               ///< "class_count": 0 = one more than the largest target

    /// Squared error with the invscaling schedule, as scikit-learn's SGDRegressor.
    static SgdLinearParams regression();

    QJsonObject toJson() const;
    /// Defaults for absent keys; throws Error::settings naming a bad key or value and the accepted range.
    static SgdLinearParams fromJson(const QJsonObject &json);
};

} // namespace streamml::model::learners
