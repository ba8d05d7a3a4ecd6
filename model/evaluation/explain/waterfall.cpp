#include "model/evaluation/explain/waterfall.h"

#include "model/core/error.h"
#include "model/evaluation/explain/local_explanation.h"

#include <algorithm>
#include <cmath>

namespace streamml::model::evaluation::explain {

Waterfall Waterfall::of(const LocalExplanation &explanation, int output, const QStringList &values)
{
    if (output < 0 || output >= explanation.outputs.size())
        throw core::Error::input(QStringLiteral("waterfall: output %1 is outside 0..%2").arg(output).arg(explanation.outputs.size() - 1));
    if (!values.isEmpty() && values.size() != explanation.features.size())
        throw core::Error::input(QStringLiteral("waterfall: %1 values for %2 features").arg(values.size()).arg(explanation.features.size()));
    Waterfall w;
    w.output = explanation.outputs.at(output);
    w.scale = explanation.scale;
    w.base = explanation.base[output];
    w.prediction = explanation.prediction[output];
    for (qsizetype f = 0; f < explanation.features.size(); ++f)
        w.steps.push_back({explanation.features.at(f), values.isEmpty() ? QString() : values.at(f),
                           explanation.contributions(f, output), 0.0});
    std::stable_sort(w.steps.begin(), w.steps.end(),
                     [](const Step &a, const Step &b) { return std::abs(a.contribution) > std::abs(b.contribution); });
    double running = w.base;
    for (Step &step : w.steps) {
        step.start = running;
        running += step.contribution;
    }
    return w;
}

} // namespace streamml::model::evaluation::explain
