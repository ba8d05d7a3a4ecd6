#include "model/learners/sgd_loss.h"

#include "model/core/error.h"
#include "model/learners/log_loss.h"
#include "model/learners/modified_huber_loss.h"
#include "model/learners/squared_loss.h"

namespace streamml::model::learners {

std::unique_ptr<SgdLoss> SgdLoss::create(const QString &name)
{
    if (name == QLatin1String("log_loss"))
        return std::make_unique<LogLoss>();
    if (name == QLatin1String("modified_huber"))
        return std::make_unique<ModifiedHuberLoss>();
    if (name == QLatin1String("squared_error"))
        return std::make_unique<SquaredLoss>();
    throw core::Error::settings(QStringLiteral("unknown SGD loss \"%1\"; accepted: %2").arg(name, names().join(QStringLiteral(", "))));
}

QStringList SgdLoss::names()
{
    return {QStringLiteral("log_loss"), QStringLiteral("modified_huber"), QStringLiteral("squared_error")};
}

} // namespace streamml::model::learners
