#pragma once

#include <QtGlobal>

namespace streamml::model::evaluation::explain {

/// How much sampling Shapley does per explained row: walks = backgroundRows × rounds, each a forward
/// and a backward pass, which costs 1 + backgroundRows + walks × 2 (players − 1) model evaluations.
struct SamplingOptions
{
    int backgroundRows = 8; ///< background rows kept (drawn with the seed when there are more)
    int rounds = 1;          ///< walks started from each background row
    quint32 seed = 0;        ///< seeds numpy's RandomState: an explanation is reproducible

    /// Throws Error::settings naming a value out of range.
    void validate() const;
};

} // namespace streamml::model::evaluation::explain
