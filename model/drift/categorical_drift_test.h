#pragma once

#include "model/drift/category_counts.h"
#include "model/drift/drift_test_result.h"

#include <QString>

namespace streamml::model::drift {

/// A data-drift test comparing the category counts of a feature in the current batch with the reference.
class CategoricalDriftTest
{
public:
    virtual ~CategoricalDriftTest() = default;

    /// Registered name, as settings.ini spells it.
    virtual QString name() const = 0;
    virtual DriftTestResult run(const CategoryCounts &counts) const = 0;
};

} // namespace streamml::model::drift
