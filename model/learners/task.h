#pragma once

#include <QString>

namespace streamml::model::learners {

/// What a model predicts: a class (binary or multi-class) or a number.
enum class Task { Classification, Regression };

inline QString taskName(Task task)
{
    return task == Task::Classification ? QStringLiteral("classification") : QStringLiteral("regression");
}

} // namespace streamml::model::learners
