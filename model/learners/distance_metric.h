#pragma once

#include <QString>
#include <QStringList>

namespace streamml::model::learners {

/// How the nearest-neighbour search measures the distance between two rows.
enum class DistanceMetric { Euclidean, Manhattan };

inline QString distanceMetricName(DistanceMetric metric)
{
    return metric == DistanceMetric::Euclidean ? QStringLiteral("euclidean") : QStringLiteral("manhattan");
}

inline QStringList distanceMetricNames()
{
    return {QStringLiteral("euclidean"), QStringLiteral("manhattan")};
}

} // namespace streamml::model::learners
