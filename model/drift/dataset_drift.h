#pragma once

#include "model/drift/feature_drift.h"

#include <QStringList>
#include <vector>

namespace streamml::model::drift {

/// The drift verdict on a batch: every feature's verdict and whether enough of them drifted.
struct DatasetDrift
{
    std::vector<FeatureDrift> features;
    qsizetype driftedCount = 0;
    double driftShare = 0;  ///< drifted features / features tested
    bool drifted = false;   ///< driftShare reached the dataset threshold

    QStringList driftedFeatures() const
    {
        QStringList names;
        for (const FeatureDrift &feature : features)
            if (feature.drifted)
                names.append(feature.feature);
        return names;
    }
};

} // namespace streamml::model::drift
