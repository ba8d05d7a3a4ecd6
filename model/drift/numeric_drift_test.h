#pragma once

#include "model/drift/drift_test_result.h"

#include <QString>
#include <vector>

namespace streamml::model::drift {

/// A data-drift test comparing a numeric feature of the current batch with the reference.
/// Missing values (NaN) are ignored; a side without values throws core::Error.
class NumericDriftTest
{
public:
    virtual ~NumericDriftTest() = default;

    /// Registered name, as settings.ini spells it.
    virtual QString name() const = 0;
    virtual DriftTestResult run(const std::vector<double> &reference, const std::vector<double> &current) const = 0;
};

} // namespace streamml::model::drift
