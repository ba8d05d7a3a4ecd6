#pragma once

#include "model/evaluation/candidate.h"

#include <QList>
#include <QStringList>

namespace streamml::model::evaluation {

/// Crosses hyper-parameter candidates with preprocessing variant names.
class CandidateCrossing
{
public:
    /// Every parameter set with every variant, parameters outer and variants inner (in the given
    /// orders). Throws Error::settings when no variant is given or a name is empty or repeated.
    static QList<Candidate> cross(const QList<QJsonObject> &parameterSets, const QStringList &variants);
};

} // namespace streamml::model::evaluation
