#include "model/learners/decision_tree_params.h"

#include "model/learners/json_params.h"
#include "model/learners/split_criterion_registry.h"

#include <limits>

namespace streamml::model::learners {

namespace {

const QString kFamily = QStringLiteral("decision_tree");
constexpr int kMaxCount = 1000000000;
constexpr double kMaxReal = 1e300;

} // namespace

DecisionTreeParams DecisionTreeParams::fromJson(const QJsonObject &json)
{
    JsonParams reader(kFamily, json);
    DecisionTreeParams p;
    p.task = reader.choice(QStringLiteral("task"), taskName(Task::Classification),
                           {taskName(Task::Classification), taskName(Task::Regression)})
            == taskName(Task::Regression)
        ? Task::Regression
        : Task::Classification;
    const QStringList criteria = SplitCriterionRegistry::names(p.task);
    p.criterion = reader.choice(QStringLiteral("criterion"), criteria.first(), criteria);
    p.maxDepth = reader.integer(QStringLiteral("max_depth"), 0, 0, 1000);
    p.minSamplesSplit = reader.integer(QStringLiteral("min_samples_split"), 2, 2, kMaxCount);
    p.minSamplesLeaf = reader.integer(QStringLiteral("min_samples_leaf"), 1, 1, kMaxCount);
    p.minImpurityDecrease = reader.real(QStringLiteral("min_impurity_decrease"), 0.0, 0.0, kMaxReal);
    p.ccpAlpha = reader.real(QStringLiteral("ccp_alpha"), 0.0, 0.0, kMaxReal);
    p.randomState = reader.integer(QStringLiteral("random_state"), 0, 0, std::numeric_limits<int>::max());
    reader.finish();
    return p;
}

QJsonObject DecisionTreeParams::toJson() const
{
    return QJsonObject{
        {QStringLiteral("task"), taskName(task)},
        {QStringLiteral("criterion"), effectiveCriterion()},
        {QStringLiteral("max_depth"), maxDepth},
        {QStringLiteral("min_samples_split"), minSamplesSplit},
        {QStringLiteral("min_samples_leaf"), minSamplesLeaf},
        {QStringLiteral("min_impurity_decrease"), minImpurityDecrease},
        {QStringLiteral("ccp_alpha"), ccpAlpha},
        {QStringLiteral("random_state"), randomState},
    };
}

QString DecisionTreeParams::effectiveCriterion() const
{
    return criterion.isEmpty() ? SplitCriterionRegistry::names(task).first() : criterion;
}

void DecisionTreeParams::validate() const
{
    fromJson(toJson());
}

} // namespace streamml::model::learners
