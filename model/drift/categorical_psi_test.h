#pragma once

#include "model/drift/categorical_drift_test.h"
#include "model/drift/population_stability.h"

namespace streamml::model::drift {

/// Population stability index of a categorical feature, one bin per category seen on either side.
class CategoricalPsiTest : public CategoricalDriftTest
{
public:
    explicit CategoricalPsiTest(PopulationStability stability = {});

    QString name() const override { return QStringLiteral("psi"); }
    DriftTestResult run(const CategoryCounts &counts) const override;

private:
    PopulationStability m_stability;
};

} // namespace streamml::model::drift
