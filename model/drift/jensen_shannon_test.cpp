#include "model/drift/jensen_shannon_test.h"

#include "model/core/error.h"

#include <algorithm>
#include <cmath>

namespace streamml::model::drift {

namespace {

// Kullback–Leibler term x ln(x / y) with 0 ln(0 / y) = 0 (scipy.special.rel_entr).
double relativeEntropy(double x, double y)
{
    return x > 0 ? x * std::log(x / y) : 0.0;
}

} // namespace

JensenShannonTest::JensenShannonTest(double threshold)
    : m_threshold(threshold)
{
    if (!(threshold > 0))
        throw core::Error::settings(QStringLiteral("jensenshannon: threshold must be positive, got %1").arg(threshold));
}

DriftTestResult JensenShannonTest::run(const CategoryCounts &counts) const
{
    DriftTestResult result;
    result.test = name();
    result.statistic = distance(counts);
    result.effect = result.statistic;
    result.drift = result.statistic >= m_threshold;
    return result;
}

double JensenShannonTest::distance(const CategoryCounts &counts)
{
    const double referenceTotal = double(counts.referenceTotal());
    const double currentTotal = double(counts.currentTotal());
    double left = 0;
    double right = 0;
    for (qsizetype j = 0; j < counts.size(); ++j) {
        const double p = double(counts.reference()[size_t(j)]) / referenceTotal;
        const double q = double(counts.current()[size_t(j)]) / currentTotal;
        const double m = (p + q) / 2.0;
        left += relativeEntropy(p, m);
        right += relativeEntropy(q, m);
    }
    // Rounding can leave a hair below zero for identical frequencies; the distance is never negative.
    return std::sqrt(std::max((left + right) / 2.0, 0.0));
}

} // namespace streamml::model::drift
