#include "model/drift/drift_response_policy.h"

#include <QJsonArray>

namespace streamml::model::drift {

QString DriftResponsePolicy::name(Response response)
{
    switch (response) {
    case Response::Nothing: return QStringLiteral("nothing");
    case Response::Warn: return QStringLiteral("warn");
    case Response::Retrain: return QStringLiteral("retrain");
    case Response::Regrow: return QStringLiteral("regrow");
    case Response::Skip: return QStringLiteral("skip");
    }
    return {};
}

QJsonObject DriftResponsePolicy::toJson(const Inputs &in)
{
    return {{QStringLiteral("has_champion"), in.hasChampion},
            {QStringLiteral("quarantined"), in.quarantined},
            {QStringLiteral("dataset_drift"), in.datasetDrift},
            {QStringLiteral("drift_share"), in.driftShare},
            {QStringLiteral("drifted_features"), QJsonArray::fromStringList(in.driftedFeatures)},
            {QStringLiteral("model_drift"), in.modelDrift},
            {QStringLiteral("search_due"), in.searchDue},
            {QStringLiteral("search_stale"), in.searchStale},
            {QStringLiteral("quality_score"), in.qualityScore}};
}

DriftResponsePolicy::Decision DriftResponsePolicy::decide(const Inputs &in) const
{
    Decision d;
    d.inputs = toJson(in);
    auto set = [&](Response response, QString reason) {
        d.response = response;
        d.reason = std::move(reason);
        return d;
    };
    if (in.quarantined)
        return set(Response::Skip, QStringLiteral("the batch is quarantined: nothing learns from it"));
    if (!in.hasChampion)
        return set(Response::Regrow, QStringLiteral("no champion yet: search and train the first one"));
    if (in.modelDrift == u"drift")
        return set(Response::Regrow, QStringLiteral("model drift on the prequential errors: full re-grow with a new search"));
    if (in.searchDue)
        return set(Response::Regrow, QStringLiteral("a scheduled search is due"));
    if (in.searchStale)
        return set(Response::Regrow, QStringLiteral("the window has twice the rows the champion was chosen on: search again"));
    if (in.datasetDrift)
        return set(Response::Retrain, QStringLiteral("dataset drift (%1 of features: %2): retrain the champion's configuration on the recent window")
                                          .arg(in.driftShare, 0, 'f', 2)
                                          .arg(in.driftedFeatures.join(QStringLiteral(", "))));
    if (in.modelDrift == u"warning")
        return set(Response::Warn, QStringLiteral("model-drift warning: keep updating and watch"));
    if (!in.driftedFeatures.isEmpty())
        return set(Response::Warn, QStringLiteral("some features drifted (%1): keep updating and watch").arg(in.driftedFeatures.join(QStringLiteral(", "))));
    return set(Response::Nothing, QStringLiteral("no drift: incremental update only"));
}

} // namespace streamml::model::drift
