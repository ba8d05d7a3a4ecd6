#include "model/evaluation/candidate_crossing.h"

#include "model/core/error.h"

namespace streamml::model::evaluation {

using core::Error;

QList<Candidate> CandidateCrossing::cross(const QList<QJsonObject> &parameterSets, const QStringList &variants)
{
    if (variants.isEmpty())
        throw Error::settings(QStringLiteral("crossing candidates needs at least one preprocessing variant"));
    for (qsizetype i = 0; i < variants.size(); ++i) {
        if (variants[i].trimmed().isEmpty())
            throw Error::settings(QStringLiteral("preprocessing variant %1 has an empty name").arg(i + 1));
        if (variants.indexOf(variants[i]) != i)
            throw Error::settings(QStringLiteral("preprocessing variant \"%1\" is listed twice").arg(variants[i]));
    }
    QList<Candidate> candidates;
    candidates.reserve(parameterSets.size() * variants.size());
    for (const QJsonObject &parameters : parameterSets)
        for (const QString &variant : variants)
            candidates.append({parameters, variant});
    return candidates;
}

} // namespace streamml::model::evaluation
