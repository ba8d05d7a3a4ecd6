#include "model/learners/ridge_regression_params.h"

#include "model/learners/json_params.h"

#include <limits>

namespace streamml::model::learners {

QJsonObject RidgeRegressionParams::toJson() const
{
    return {{QStringLiteral("alpha"), alpha}, {QStringLiteral("fit_intercept"), fitIntercept}};
}

RidgeRegressionParams RidgeRegressionParams::fromJson(const QJsonObject &json)
{
    JsonParams r(QStringLiteral("ridge_regression"), json);
    RidgeRegressionParams p;
    p.alpha = r.real(QStringLiteral("alpha"), p.alpha, 0, std::numeric_limits<double>::infinity());
    p.fitIntercept = r.boolean(QStringLiteral("fit_intercept"), p.fitIntercept);
    r.finish();
    return p;
}

} // namespace streamml::model::learners
