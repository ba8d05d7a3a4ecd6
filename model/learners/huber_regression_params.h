#pragma once

#include <QJsonObject>

namespace streamml::model::learners {

/// Hyper-parameters of HuberRegression, with their JSON keys.
struct HuberRegressionParams
{
    double epsilon = 1.35;    ///< "epsilon": residuals beyond epsilon·scale count linearly (>= 1)
    double alpha = 1e-4;      ///< "alpha": L2 strength on the coefficients, as scikit-learn's (>= 0)
    bool fitIntercept = true; ///< "fit_intercept"
    int maxIter = 1000;       ///< "max_iter": L-BFGS iterations (1..100000)
    double tol = 1e-9;        ///< "tol": max |gradient| per row at convergence (> 0)
    double forgetting = 1.0;  ///< "forgetting": weight partialFit keeps for earlier rows, (0, 1]

    QJsonObject toJson() const;
    /// Defaults for absent keys; throws Error::settings naming a bad key or value and the accepted range.
    static HuberRegressionParams fromJson(const QJsonObject &json);
};

} // namespace streamml::model::learners
