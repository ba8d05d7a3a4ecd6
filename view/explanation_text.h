#pragma once

#include <QString>

namespace streamml::view {

/// How the Interpretation view words what an explanation measures and how it was computed.
class ExplanationText
{
public:
    /// "probability of damaged", "log-odds of damaged", "predicted value".
    static QString scale(const QString &scale, const QString &output);
    /// "TreeSHAP (exact)", "LinearSHAP (exact)", "sampling Shapley (estimated)".
    static QString method(const QString &method);
};

} // namespace streamml::view
