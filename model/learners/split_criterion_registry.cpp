#include "model/learners/split_criterion_registry.h"

#include "model/core/error.h"
#include "model/learners/entropy_criterion.h"
#include "model/learners/gini_criterion.h"
#include "model/learners/squared_error_criterion.h"

#include <array>
#include <functional>

namespace streamml::model::learners {

namespace {

/// One registered criterion: its settings name, task and factory.
struct Entry
{
    const char *name;
    Task task;
    std::function<std::unique_ptr<SplitCriterion>()> make;
};

const std::array<Entry, 3> &entries()
{
    static const std::array<Entry, 3> table{{
        {"gini", Task::Classification, [] { return std::make_unique<GiniCriterion>(); }},
        {"entropy", Task::Classification, [] { return std::make_unique<EntropyCriterion>(); }},
        {"squared_error", Task::Regression, [] { return std::make_unique<SquaredErrorCriterion>(); }},
    }};
    return table;
}

} // namespace

std::unique_ptr<SplitCriterion> SplitCriterionRegistry::create(const QString &name)
{
    for (const Entry &entry : entries()) {
        if (name == QLatin1String(entry.name))
            return entry.make();
    }
    throw core::Error::settings(QStringLiteral("unknown split criterion \"%1\"; expected one of %2")
                                    .arg(name, (names(Task::Classification) + names(Task::Regression)).join(QStringLiteral(", "))));
}

QStringList SplitCriterionRegistry::names(Task task)
{
    QStringList result;
    for (const Entry &entry : entries()) {
        if (entry.task == task)
            result << QLatin1String(entry.name);
    }
    return result;
}

} // namespace streamml::model::learners
