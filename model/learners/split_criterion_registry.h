#pragma once

#include "model/learners/split_criterion.h"

#include <QStringList>
#include <memory>

namespace streamml::model::learners {

/// Creates split criteria by the names settings.ini uses ("gini", "entropy", "squared_error").
class SplitCriterionRegistry
{
public:
    /// Throws Error::settings naming the accepted criteria when `name` is unknown.
    static std::unique_ptr<SplitCriterion> create(const QString &name);
    static QStringList names(Task task);
};

} // namespace streamml::model::learners
