#pragma once

#include <QStringList>
#include <vector>

namespace streamml::model::evaluation::explain {

struct LocalExplanation;

/// One row's SHAP waterfall for one output, as data for a chart: from the base value through the
/// contributions sorted by magnitude to the prediction.
struct Waterfall
{
    /// One bar: it spans start .. start + contribution.
    struct Step
    {
        QString feature;
        QString value; ///< the feature's value in the row, as text; empty when not given
        double contribution = 0;
        double start = 0; ///< base plus the contributions of the larger steps before this one
    };

    QString output;
    QString scale;
    double base = 0;
    double prediction = 0;
    std::vector<Step> steps;

    /// The waterfall of output `output`; `values` holds one text per feature of the explanation, or
    /// is empty. Throws Error::input for an output or a value list that does not fit.
    static Waterfall of(const LocalExplanation &explanation, int output, const QStringList &values = {});
};

} // namespace streamml::model::evaluation::explain
