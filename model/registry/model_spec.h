#pragma once

#include "model/learners/task.h"
#include "model/prep/prep_variant.h"
#include "model/prep/target_encoder.h"
#include "model/settings/feature_settings.h"

#include <QJsonObject>
#include <QStringList>

namespace streamml::model::registry {

/// What a model learns from: the feature and target columns, the task and the target's mapping.
struct TrainingSchema
{
    QStringList features; ///< raw numeric and categorical columns
    QString target;
    QString timeColumn;
    learners::Task task = learners::Task::Classification;
    QStringList negativeLabels; ///< binary mapping: these labels are class 0, every other class 1
    QString positiveName;
    settings::FeatureSettings featureSettings;

    /// An unfitted encoder of this schema's target: regression, binary mapping or one class per label.
    prep::TargetEncoder targetEncoder() const;
};

/// What to train: a model family with its hyper-parameters and a preprocessing variant.
struct ModelSpec
{
    QString family;
    QJsonObject hyperparameters;
    prep::PrepVariant variant;

    QString describe() const;
};

} // namespace streamml::model::registry
