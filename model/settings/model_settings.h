#pragma once

#include "model/learners/task.h"
#include "model/prep/prep_variant.h"

#include <QHash>
#include <QStringList>

namespace streamml::model::settings {

class Settings;

/// [models]: the competing families, their search spaces, the preparation variants and the fallback.
struct ModelSettings
{
    QStringList families; ///< empty: the task's defaults
    QString fallback;
    bool grid = false;
    int candidates = 6;
    int searchEvery = 0;
    std::vector<prep::PrepVariant> variants;
    QHash<QString, QString> spaces; ///< family -> search-space text

    /// The families for a task: the configured ones, or the defaults.
    QStringList familiesFor(learners::Task task) const;
    /// Throws Error::settings naming a bad variant, family or space.
    static ModelSettings from(const Settings &settings);
    static std::vector<prep::PrepVariant> parseVariants(const QString &text);
};

} // namespace streamml::model::settings
