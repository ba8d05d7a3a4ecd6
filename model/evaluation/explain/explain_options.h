#pragma once

#include "model/evaluation/explain/sampling_options.h"

namespace streamml::model::evaluation::explain {

/// How a ModelExplainer draws its background and samples.
struct ExplainOptions
{
    int backgroundRows = 200; ///< rows drawn for the expectations (sampling keeps sampling.backgroundRows of them)
    quint32 seed = 0;         ///< seeds the draw
    SamplingOptions sampling;

    /// Throws Error::settings naming a value out of range.
    void validate() const;
};

} // namespace streamml::model::evaluation::explain
