#pragma once

#include <QJsonObject>
#include <QString>

namespace streamml::model::evaluation {

/// One model to try: hyper-parameter values and the preprocessing variant it is trained on.
struct Candidate
{
    QJsonObject parameters;
    QString variant;
};

} // namespace streamml::model::evaluation
