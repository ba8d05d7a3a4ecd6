#include "model/evaluation/explain/linear_terms.h"

#include "model/core/error.h"
#include "model/learners/huber_regression.h"
#include "model/learners/logistic_regression.h"
#include "model/learners/ridge_regression.h"
#include "model/learners/sgd_linear.h"

namespace streamml::model::evaluation::explain {

namespace {

template<typename Linear>
LinearTerms termsOf(const Linear &learner, QString scale, bool logistic)
{
    if (!learner.isFitted())
        throw core::Error::model(QStringLiteral("%1: the model is not trained yet").arg(learner.family()));
    return LinearTerms{learner.coefficients(), learner.intercepts(), std::move(scale), logistic};
}

} // namespace

std::optional<LinearTerms> LinearTerms::of(const learners::Learner &learner)
{
    if (const auto *logistic = dynamic_cast<const learners::LogisticRegression *>(&learner))
        return termsOf(*logistic, logistic->classCount() > 2 ? QStringLiteral("margin") : QStringLiteral("log_odds"), true);
    if (const auto *ridge = dynamic_cast<const learners::RidgeRegression *>(&learner))
        return termsOf(*ridge, QStringLiteral("value"), false);
    if (const auto *huber = dynamic_cast<const learners::HuberRegression *>(&learner))
        return termsOf(*huber, QStringLiteral("value"), false);
    if (const auto *sgd = dynamic_cast<const learners::SgdLinear *>(&learner)) {
        const bool logLoss = sgd->params().loss == u"log_loss";
        const QString scale = sgd->task() == learners::Task::Regression ? QStringLiteral("value")
            : logLoss                                                     ? QStringLiteral("log_odds")
                                                                          : QStringLiteral("margin");
        return termsOf(*sgd, scale, logLoss);
    }
    return std::nullopt;
}

} // namespace streamml::model::evaluation::explain
