#pragma once

#include <QJsonObject>
#include <QString>

namespace streamml::model::drift {

/// The one place that reads data drift, model drift and quality together and decides what learning
/// does about a batch: nothing, warn, retrain the champion's configuration on a recent window, or a
/// full re-grow (a new hyper-parameter search).
class DriftResponsePolicy
{
public:
    enum class Response { Nothing, Warn, Retrain, Regrow, Skip };

    struct Inputs
    {
        bool hasChampion = false;
        bool quarantined = false;
        bool datasetDrift = false;
        double driftShare = 0;
        QStringList driftedFeatures;
        QString modelDrift = QStringLiteral("none"); ///< none, warning or drift
        bool searchDue = false;
        bool searchStale = false; ///< the window has grown well past the data the champion was chosen on
        double qualityScore = 100;
    };

    struct Decision
    {
        Response response = Response::Nothing;
        QString reason;
        QJsonObject inputs;
    };

    Decision decide(const Inputs &inputs) const;
    static QString name(Response response);
    static QJsonObject toJson(const Inputs &inputs);
};

} // namespace streamml::model::drift
