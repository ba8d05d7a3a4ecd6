#include "model/learners/huber_regression_params.h"

#include "model/learners/json_params.h"

#include <limits>

namespace streamml::model::learners {

QJsonObject HuberRegressionParams::toJson() const
{
    return {{QStringLiteral("epsilon"), epsilon},
            {QStringLiteral("alpha"), alpha},
            {QStringLiteral("fit_intercept"), fitIntercept},
            {QStringLiteral("max_iter"), maxIter},
            {QStringLiteral("tol"), tol},
            {QStringLiteral("forgetting"), forgetting}};
}

HuberRegressionParams HuberRegressionParams::fromJson(const QJsonObject &json)
{
    constexpr double kInf = std::numeric_limits<double>::infinity();
    JsonParams r(QStringLiteral("huber_regression"), json);
    HuberRegressionParams p;
    p.epsilon = r.real(QStringLiteral("epsilon"), p.epsilon, 1, kInf);
    p.alpha = r.real(QStringLiteral("alpha"), p.alpha, 0, kInf);
    p.fitIntercept = r.boolean(QStringLiteral("fit_intercept"), p.fitIntercept);
    p.maxIter = r.integer(QStringLiteral("max_iter"), p.maxIter, 1, 100000);
    p.tol = r.real(QStringLiteral("tol"), p.tol, 0, 1, true);
    p.forgetting = r.real(QStringLiteral("forgetting"), p.forgetting, 0, 1, true);
    r.finish();
    return p;
}

} // namespace streamml::model::learners
