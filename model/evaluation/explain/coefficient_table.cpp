#include "model/evaluation/explain/coefficient_table.h"

#include "model/core/error.h"
#include "model/evaluation/explain/linear_terms.h"
#include "model/learners/learner.h"

#include <cmath>
#include <limits>

namespace streamml::model::evaluation::explain {

using core::Error;

CoefficientTable CoefficientTable::of(const learners::Learner &learner, const DesignMap &design, const QStringList &outputs)
{
    const std::optional<LinearTerms> terms = LinearTerms::of(learner);
    if (!terms)
        throw Error::input(QStringLiteral("coefficients: the family \"%1\" is not a linear model").arg(learner.family()));
    if (terms->coefficients.cols() != design.size() || terms->coefficients.rows() != outputs.size())
        throw Error::input(QStringLiteral("coefficients: %1 × %2 coefficients for %3 outputs and %4 design columns")
                               .arg(terms->coefficients.rows())
                               .arg(terms->coefficients.cols())
                               .arg(outputs.size())
                               .arg(design.size()));
    CoefficientTable table;
    table.m_scale = terms->scale;
    table.m_logistic = terms->logistic;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (Eigen::Index o = 0; o < terms->coefficients.rows(); ++o) {
        double rawIntercept = terms->intercepts[o];
        for (Eigen::Index c = 0; c < design.size(); ++c) {
            const DesignMap::Column &column = design.column(c);
            const double w = terms->coefficients(o, c);
            const double raw = w / column.scale;
            rawIntercept -= raw * column.center;
            table.m_rows.push_back({outputs.at(o), column.name, column.input, column.scaler, column.scale, w, raw,
                                    terms->logistic ? std::exp(raw) : nan, terms->logistic ? std::exp(w) : nan});
        }
        table.m_intercepts.push_back({outputs.at(o), terms->intercepts[o], rawIntercept});
    }
    return table;
}

} // namespace streamml::model::evaluation::explain
