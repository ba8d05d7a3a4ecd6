#include "model/drift/categorical_psi_test.h"

namespace streamml::model::drift {

CategoricalPsiTest::CategoricalPsiTest(PopulationStability stability)
    : m_stability(stability)
{
}

DriftTestResult CategoricalPsiTest::run(const CategoryCounts &counts) const
{
    return m_stability.result(name(), m_stability.index(counts.reference(), counts.current()));
}

} // namespace streamml::model::drift
