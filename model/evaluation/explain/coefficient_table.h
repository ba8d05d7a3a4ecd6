#pragma once

#include "model/evaluation/explain/design_map.h"

#include <QStringList>
#include <vector>

namespace streamml::model::learners {
class Learner;
}

namespace streamml::model::evaluation::explain {

/// A linear model's coefficients per output and design column, in two units. The learner sees the
/// design columns, (x − center) / scale where the preparation scaled them, so its own coefficient w is
/// the effect of one scale unit (one standard deviation under the standard scaler): that is the
/// standardised coefficient. The raw coefficient w / scale is the effect of one input unit. Unscaled
/// columns (one-hot, indicators, scaler none) have scale 1 and both are equal. For logistic models
/// exp(coefficient) is an odds ratio: of class 1 for a binary model, of each class's softmax score
/// against a zero score for a multinomial one (and one-vs-rest for SGD).
class CoefficientTable
{
public:
    /// One coefficient.
    struct Row
    {
        QString output;
        QString feature; ///< the design column
        QString input;   ///< its input feature
        QString scaler;  ///< the scaler of the column ("none" for unscaled columns)
        double scale = 1;
        double standardised = 0;  ///< the learner's coefficient: per scale unit of the input
        double raw = 0;           ///< per input unit (of log1p(input) for a logged input): standardised / scale
        double oddsRatio = 0;     ///< exp(raw); NaN unless the model is logistic
        double standardisedOddsRatio = 0; ///< exp(standardised); NaN unless logistic
    };
    /// The intercept of one output, on the design columns and on the raw inputs.
    struct Intercept
    {
        QString output;
        double standardised = 0;
        double raw = 0; ///< standardised − Σ w · center / scale
    };

    /// Throws Error::input for a learner that is not linear or a design map of another width.
    static CoefficientTable of(const learners::Learner &learner, const DesignMap &design, const QStringList &outputs);

    const QString &scale() const { return m_scale; }
    bool isLogistic() const { return m_logistic; }
    /// Output by output, design column by design column.
    const std::vector<Row> &rows() const { return m_rows; }
    const std::vector<Intercept> &intercepts() const { return m_intercepts; }

private:
    QString m_scale;
    bool m_logistic = false;
    std::vector<Row> m_rows;
    std::vector<Intercept> m_intercepts;
};

} // namespace streamml::model::evaluation::explain
