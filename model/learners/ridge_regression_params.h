#pragma once

#include <QJsonObject>

namespace streamml::model::learners {

/// Hyper-parameters of RidgeRegression, with their JSON keys.
struct RidgeRegressionParams
{
    double alpha = 1.0;       ///< "alpha": L2 strength, as scikit-learn's Ridge (>= 0); the intercept is not penalised
    bool fitIntercept = true; ///< "fit_intercept"

    QJsonObject toJson() const;
    /// Defaults for absent keys; throws Error::settings naming a bad key or value and the accepted range.
    static RidgeRegressionParams fromJson(const QJsonObject &json);
};

} // namespace streamml::model::learners
