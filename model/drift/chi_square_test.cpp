#include "model/drift/chi_square_test.h"

#include "model/core/error.h"
#include "model/drift/incomplete_gamma.h"

#include <cmath>

namespace streamml::model::drift {

ChiSquareTest::ChiSquareTest(double alpha)
    : m_alpha(alpha)
{
    if (!(alpha > 0 && alpha < 1))
        throw core::Error::settings(QStringLiteral("chi2: alpha must lie in (0, 1), got %1").arg(alpha));
}

DriftTestResult ChiSquareTest::run(const CategoryCounts &counts) const
{
    DriftTestResult result;
    result.test = name();
    const qsizetype degreesOfFreedom = counts.size() - 1;
    // One category: the table has no free cell, scipy reports statistic 0 and p 1.
    if (degreesOfFreedom == 0) {
        result.statistic = 0;
        result.pValue = 1;
        result.effect = 0;
        return result;
    }
    result.statistic = statistic(counts);
    result.pValue = IncompleteGamma::upper(double(degreesOfFreedom) / 2, result.statistic / 2);
    // Cramér's V of a 2 x k table: sqrt(chi2 / (N (min(2, k) - 1))) = sqrt(chi2 / N).
    result.effect = std::sqrt(result.statistic / double(counts.referenceTotal() + counts.currentTotal()));
    result.drift = result.pValue < m_alpha;
    return result;
}

double ChiSquareTest::statistic(const CategoryCounts &counts)
{
    const double total = double(counts.referenceTotal() + counts.currentTotal());
    double sum = 0;
    for (const auto &[row, rowTotal] : {std::pair{&counts.reference(), counts.referenceTotal()},
                                        std::pair{&counts.current(), counts.currentTotal()}}) {
        for (qsizetype j = 0; j < counts.size(); ++j) {
            const double columnTotal = double(counts.reference()[size_t(j)] + counts.current()[size_t(j)]);
            const double expected = double(rowTotal) * columnTotal / total;
            const double difference = double((*row)[size_t(j)]) - expected;
            sum += difference * difference / expected;
        }
    }
    return sum;
}

} // namespace streamml::model::drift
