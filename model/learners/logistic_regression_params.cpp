#include "model/learners/logistic_regression_params.h"

#include "model/core/error.h"
#include "model/learners/json_params.h"

#include <limits>

namespace streamml::model::learners {

QJsonObject LogisticRegressionParams::toJson() const
{
    return {{QStringLiteral("C"), c},
            {QStringLiteral("fit_intercept"), fitIntercept},
            {QStringLiteral("solver"), solver},
            {QStringLiteral("max_iter"), maxIter},
            {QStringLiteral("tol"), tol},
            {QStringLiteral("class_count"), classCount},
            {QStringLiteral("forgetting"), forgetting}};
}

LogisticRegressionParams LogisticRegressionParams::fromJson(const QJsonObject &json)
{
    constexpr double kInf = std::numeric_limits<double>::infinity();
    JsonParams r(QStringLiteral("logistic_regression"), json);
    LogisticRegressionParams p;
    p.c = r.real(QStringLiteral("C"), p.c, 0, kInf, true);
    p.fitIntercept = r.boolean(QStringLiteral("fit_intercept"), p.fitIntercept);
    p.solver = r.choice(QStringLiteral("solver"), p.solver,
                        {QStringLiteral("auto"), QStringLiteral("newton"), QStringLiteral("lbfgs")});
    p.maxIter = r.integer(QStringLiteral("max_iter"), p.maxIter, 1, 100000);
    p.tol = r.real(QStringLiteral("tol"), p.tol, 0, 1, true);
    p.classCount = r.integer(QStringLiteral("class_count"), p.classCount, 0, 100000);
    p.forgetting = r.real(QStringLiteral("forgetting"), p.forgetting, 0, 1, true);
    if (p.classCount == 1)
        throw core::Error::settings(QStringLiteral("logistic_regression: \"class_count\" = 1 is not accepted; expected 0 "
                                                   "(one more than the largest target) or at least 2"));
    r.finish();
    return p;
}

} // namespace streamml::model::learners
