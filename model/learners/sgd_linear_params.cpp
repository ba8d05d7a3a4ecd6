#include "model/learners/sgd_linear_params.h"

#include "model/core/error.h"
#include "model/learners/json_params.h"
#include "model/learners/sgd_loss.h"

#include <limits>

namespace streamml::model::learners {

namespace {
const QString kFamily = QStringLiteral("sgd_linear");
} // namespace

SgdLinearParams SgdLinearParams::regression()
{
    SgdLinearParams p;
    p.loss = QStringLiteral("squared_error");
    p.learningRate = QStringLiteral("invscaling");
    return p;
}

QJsonObject SgdLinearParams::toJson() const
{
    return {{QStringLiteral("loss"), loss},
            {QStringLiteral("alpha"), alpha},
            {QStringLiteral("learning_rate"), learningRate},
            {QStringLiteral("eta0"), eta0},
            {QStringLiteral("power_t"), powerT},
            {QStringLiteral("max_iter"), maxIter},
            {QStringLiteral("tol"), tol},
            {QStringLiteral("n_iter_no_change"), nIterNoChange},
            {QStringLiteral("fit_intercept"), fitIntercept},
            {QStringLiteral("seed"), seed},
            {QStringLiteral("class_count"), classCount}};
}

SgdLinearParams SgdLinearParams::fromJson(const QJsonObject &json)
{
    constexpr double kInf = std::numeric_limits<double>::infinity();
    JsonParams r(kFamily, json);
    SgdLinearParams p;
    p.loss = r.choice(QStringLiteral("loss"), p.loss, SgdLoss::names());
    // The "optimal" schedule starts with steps too large for squared error, hence its own default.
    const QString rate = p.loss == QLatin1String("squared_error") ? QStringLiteral("invscaling") : p.learningRate;
    p.learningRate = r.choice(QStringLiteral("learning_rate"), rate,
                              {QStringLiteral("optimal"), QStringLiteral("invscaling"), QStringLiteral("constant")});
    p.alpha = r.real(QStringLiteral("alpha"), p.alpha, 0, kInf, p.learningRate == QLatin1String("optimal"));
    p.eta0 = r.real(QStringLiteral("eta0"), p.eta0, 0, kInf, true);
    p.powerT = r.real(QStringLiteral("power_t"), p.powerT, 0, kInf);
    p.maxIter = r.integer(QStringLiteral("max_iter"), p.maxIter, 1, 100000);
    p.tol = r.real(QStringLiteral("tol"), p.tol, 0, kInf);
    p.nIterNoChange = r.integer(QStringLiteral("n_iter_no_change"), p.nIterNoChange, 1, 1000);
    p.fitIntercept = r.boolean(QStringLiteral("fit_intercept"), p.fitIntercept);
    p.seed = r.integer(QStringLiteral("seed"), p.seed, 0, std::numeric_limits<int>::max());
    p.classCount = r.integer(QStringLiteral("class_count"), p.classCount, 0, 100000);
    if (p.classCount == 1)
        throw core::Error::settings(QStringLiteral("%1: \"class_count\" = 1 is not accepted; expected 0 (one more "
                                                   "than the largest target) or at least 2").arg(kFamily));
    r.finish();
    return p;
}

} // namespace streamml::model::learners
